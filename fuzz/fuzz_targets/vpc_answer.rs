//! The VPC instance metadata service's answers.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| iamtoken::fuzz::vpc_answer(data));
