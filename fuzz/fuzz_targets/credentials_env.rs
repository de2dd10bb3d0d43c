//! The IBM SDKs' ibm-credentials.env file.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| iamtoken::fuzz::credentials_env(data));
