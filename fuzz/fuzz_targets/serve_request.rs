//! One request to `iamtoken serve`: path, Host, headers and JSON body.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| iamtoken::fuzz::serve_request(data));
