//! kubectl's `KUBERNETES_EXEC_INFO`, as `openshift` finds the cluster in it.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| iamtoken::fuzz::exec_info(data));
