//! What docker-credential-iamtoken reads on stdin.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| iamtoken::fuzz::helper_stdin(data));
