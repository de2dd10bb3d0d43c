//! An OpenShift OAuth server's discovery document and token redirect.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| iamtoken::fuzz::openshift_answer(data));
