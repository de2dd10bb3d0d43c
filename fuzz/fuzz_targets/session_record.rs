//! A session's record on disk, as `sessions` and a refresh read it.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| iamtoken::fuzz::session_record(data));
