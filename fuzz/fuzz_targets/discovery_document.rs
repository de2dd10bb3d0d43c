//! IAM's discovery document, as `login` finds the passcode page in it.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| iamtoken::fuzz::discovery_document(data));
