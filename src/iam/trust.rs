//! Which TLS certificates IAM may present: the system's roots (where corporate CAs live) plus
//! those of `--cacert`. The extra roots are tried first and the system store is loaded only if
//! they do not vouch for the server, since parsing it is most of a cold run's CPU time
//! (docs/performance.md; ~13 M of ~22 M instructions in a profile).

use std::sync::{Arc, OnceLock};

use rustls::client::WebPkiServerVerifier;
use rustls::client::danger::{HandshakeSignatureValid, ServerCertVerified, ServerCertVerifier};
use rustls::crypto::CryptoProvider;
use rustls::pki_types::pem::PemObject as _;
use rustls::pki_types::{CertificateDer, ServerName, UnixTime};
use rustls::{CertificateError, DigitallySignedStruct, Error, RootCertStore, SignatureScheme};

/// A rustls client config trusting `pem`'s certificates and the system's roots.
pub fn with_extra_roots(pem: &[u8]) -> Result<rustls::ClientConfig, String> {
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let mut roots = RootCertStore::empty();
    for cert in CertificateDer::pem_slice_iter(pem) {
        let cert = cert.map_err(|e| format!("not a PEM certificate bundle: {e}"))?;
        roots
            .add(cert)
            .map_err(|e| format!("unusable certificate: {e}"))?;
    }
    if roots.is_empty() {
        return Err("holds no PEM certificate".into());
    }
    let extra = WebPkiServerVerifier::builder_with_provider(Arc::new(roots), Arc::clone(&provider))
        .build()
        .map_err(|e| e.to_string())?;
    let verifier = ExtraRootsFirst {
        extra,
        system: OnceLock::new(),
        provider: Arc::clone(&provider),
    };
    Ok(rustls::ClientConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .map_err(|e| e.to_string())?
        .dangerous()
        .with_custom_certificate_verifier(Arc::new(verifier))
        .with_no_client_auth())
}

#[derive(Debug)]
struct ExtraRootsFirst {
    extra: Arc<WebPkiServerVerifier>,
    system: OnceLock<Result<rustls_platform_verifier::Verifier, Error>>,
    provider: Arc<CryptoProvider>,
}

impl ServerCertVerifier for ExtraRootsFirst {
    fn verify_server_cert(
        &self,
        end_entity: &CertificateDer<'_>,
        intermediates: &[CertificateDer<'_>],
        server_name: &ServerName<'_>,
        ocsp_response: &[u8],
        now: UnixTime,
    ) -> Result<ServerCertVerified, Error> {
        let extra = self.extra.verify_server_cert(
            end_entity,
            intermediates,
            server_name,
            ocsp_response,
            now,
        );
        let Err(extra_err) = extra else {
            return extra;
        };
        let system = self
            .system
            .get_or_init(|| rustls_platform_verifier::Verifier::new(Arc::clone(&self.provider)));
        let system = match system {
            Ok(system) => system.verify_server_cert(
                end_entity,
                intermediates,
                server_name,
                ocsp_response,
                now,
            ),
            Err(e) => Err(e.clone()),
        };
        // When both refuse, the extra roots' reason is the relevant one, unless they simply
        // did not know the issuer.
        system.map_err(|system_err| match extra_err {
            Error::InvalidCertificate(CertificateError::UnknownIssuer) => system_err,
            other => other,
        })
    }

    fn verify_tls12_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, Error> {
        self.extra.verify_tls12_signature(message, cert, dss)
    }

    fn verify_tls13_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, Error> {
        self.extra.verify_tls13_signature(message, cert, dss)
    }

    fn supported_verify_schemes(&self) -> Vec<SignatureScheme> {
        self.extra.supported_verify_schemes()
    }
}
