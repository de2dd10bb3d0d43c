//! A cache file on disk, as a run reuses it and `cache list` shows it.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| iamtoken::fuzz::cache_entry(data));
