//! A token as `inspect` decodes it.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| iamtoken::fuzz::jwt(data));
