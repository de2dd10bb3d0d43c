//! IAM's answers to POST /identity/token: token responses and error bodies.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| iamtoken::fuzz::iam_answer(data));
