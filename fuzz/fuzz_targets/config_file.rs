//! iamtoken's config file (TOML).
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| iamtoken::fuzz::config_file(data));
