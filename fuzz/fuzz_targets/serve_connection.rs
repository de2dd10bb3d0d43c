//! Raw bytes from a client into `serve`'s connection handling (hyper's parsing included).
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| iamtoken::fuzz::serve_connection(data));
