//! docker's `config.json`, as `registry setup` reads and rewrites it.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| iamtoken::fuzz::docker_config(data));
