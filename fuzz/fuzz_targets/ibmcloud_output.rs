//! What `ibmcloud iam oauth-tokens --output json` printed, as `iamtoken ibmcloud` reads it.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| iamtoken::fuzz::ibmcloud_output(data));
