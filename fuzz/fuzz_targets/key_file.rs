//! An API key or the console's JSON key file, as `--apikey` reads it.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| iamtoken::fuzz::key_file(data));
