//! Integration tests: the real binary against a stand-in IAM server.
