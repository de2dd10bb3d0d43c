//! IAM's details of an API key, as `check` reports them.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| iamtoken::fuzz::apikey_details(data));
