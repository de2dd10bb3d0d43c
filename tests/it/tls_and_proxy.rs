//! Network stand-ins for tests: a TLS front for the stand-in IAM with its own test CA, and a
//! forwarding proxy that records what it was asked to reach.

use std::io::{BufRead as _, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::PathBuf;
use std::sync::{Arc, Mutex};
use std::thread;

/// HTTPS on 127.0.0.1 in front of a plain-HTTP server, with a certificate from a fresh CA.
pub struct TlsFront {
    /// `https://127.0.0.1:PORT`
    pub url: String,
    /// The test CA, PEM.
    pub ca: PathBuf,
    _dir: tempfile::TempDir,
}

impl TlsFront {
    pub fn new(backend: &str) -> Self {
        Self::serving(backend, false)
    }

    /// A front whose certificate is its CA's own (a CA certificate for 127.0.0.1), as some
    /// clusters' self-made certificates are: trusting it is not enough.
    pub fn with_ca_as_its_certificate(backend: &str) -> Self {
        Self::serving(backend, true)
    }

    fn serving(backend: &str, ca_as_leaf: bool) -> Self {
        let dir = tempfile::tempdir().unwrap();
        let ca_key = rcgen::KeyPair::generate().unwrap();
        let names = if ca_as_leaf {
            vec!["127.0.0.1".to_owned()]
        } else {
            Vec::new()
        };
        let mut ca_params = rcgen::CertificateParams::new(names).unwrap();
        ca_params.is_ca = rcgen::IsCa::Ca(rcgen::BasicConstraints::Unconstrained);
        ca_params
            .distinguished_name
            .push(rcgen::DnType::CommonName, "iamtoken test CA");
        let ca = rcgen::CertifiedIssuer::self_signed(ca_params, ca_key).unwrap();
        let leaf_key = rcgen::KeyPair::generate().unwrap();
        let leaf_params =
            rcgen::CertificateParams::new(vec!["127.0.0.1".to_owned(), "localhost".to_owned()])
                .unwrap();
        let leaf = leaf_params.signed_by(&leaf_key, &ca).unwrap();
        let ca_path = dir.path().join("ca.pem");
        std::fs::write(&ca_path, ca.pem()).unwrap();
        let (leaf, leaf_key) = if ca_as_leaf {
            (ca.der().clone(), ca.key().serialize_der())
        } else {
            (leaf.der().clone(), leaf_key.serialize_der())
        };

        let provider = Arc::new(rustls::crypto::ring::default_provider());
        let config = rustls::ServerConfig::builder_with_provider(provider)
            .with_safe_default_protocol_versions()
            .unwrap()
            .with_no_client_auth()
            .with_single_cert(
                vec![leaf],
                rustls::pki_types::PrivateKeyDer::try_from(leaf_key).unwrap(),
            )
            .unwrap();
        let config = Arc::new(config);
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let url = format!("https://{}", listener.local_addr().unwrap());
        let backend = backend.trim_start_matches("http://").to_owned();
        thread::spawn(move || {
            for tcp in listener.incoming().flatten() {
                let (config, backend) = (Arc::clone(&config), backend.clone());
                thread::spawn(move || {
                    let conn = rustls::ServerConnection::new(config).unwrap();
                    let mut tls = rustls::StreamOwned::new(conn, tcp);
                    // A failed handshake (a client that does not trust the CA) ends here.
                    let Some(request) = read_request(&mut tls) else {
                        return;
                    };
                    let mut upstream = TcpStream::connect(&backend).unwrap();
                    upstream.write_all(&close_after(&request)).unwrap();
                    let mut response = Vec::new();
                    let _ = upstream.read_to_end(&mut response);
                    let _ = tls.write_all(&response);
                    tls.conn.send_close_notify();
                    let _ = tls.flush();
                });
            }
        });
        Self {
            url,
            ca: ca_path,
            _dir: dir,
        }
    }
}

/// One HTTP/1.1 request (head and Content-Length body), or `None` if the stream fails first.
fn read_request(stream: &mut impl Read) -> Option<Vec<u8>> {
    let mut reader = BufReader::new(stream);
    let mut head = Vec::new();
    let mut length = 0;
    loop {
        let mut line = String::new();
        if reader.read_line(&mut line).ok()? == 0 {
            return None;
        }
        if let Some(value) = line.to_ascii_lowercase().strip_prefix("content-length:") {
            length = value.trim().parse().ok()?;
        }
        head.extend_from_slice(line.as_bytes());
        if line == "\r\n" {
            break;
        }
    }
    let mut body = vec![0; length];
    reader.read_exact(&mut body).ok()?;
    head.extend_from_slice(&body);
    Some(head)
}

/// Adds `Connection: close`, so the backend's answer ends with its connection.
fn close_after(request: &[u8]) -> Vec<u8> {
    let text = String::from_utf8_lossy(request);
    text.replacen("\r\n", "\r\nConnection: close\r\n", 1)
        .into_bytes()
}

/// A forwarding HTTP proxy on 127.0.0.1: absolute-form requests and CONNECT tunnels to
/// 127.0.0.1 are relayed; any other destination is recorded and refused with 403, so that no
/// test ever reaches the network.
pub struct Proxy {
    pub url: String,
    seen: Arc<Mutex<Vec<String>>>,
}

impl Proxy {
    pub fn new() -> Self {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let url = format!("http://{}", listener.local_addr().unwrap());
        let seen = Arc::new(Mutex::new(Vec::new()));
        let log = Arc::clone(&seen);
        thread::spawn(move || {
            for client in listener.incoming().flatten() {
                let log = Arc::clone(&log);
                thread::spawn(move || relay(client, &log));
            }
        });
        Self { url, seen }
    }

    /// Request lines received (`CONNECT host:port HTTP/1.1`, `POST http://... HTTP/1.1`).
    pub fn seen(&self) -> Vec<String> {
        self.seen.lock().unwrap().clone()
    }
}

fn relay(mut client: TcpStream, log: &Mutex<Vec<String>>) {
    let Some(request) = read_request(&mut client.try_clone().unwrap()) else {
        return;
    };
    let text = String::from_utf8_lossy(&request).into_owned();
    let line = text.lines().next().unwrap_or_default().to_owned();
    log.lock().unwrap().push(line.clone());
    let mut parts = line.split_whitespace();
    let (method, target) = (
        parts.next().unwrap_or_default(),
        parts.next().unwrap_or_default(),
    );
    let authority = if method == "CONNECT" {
        target.to_owned()
    } else {
        let rest = target.trim_start_matches("http://");
        rest.split('/').next().unwrap_or_default().to_owned()
    };
    if !authority.starts_with("127.0.0.1:") {
        let _ = client
            .write_all(b"HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
        return;
    }
    let mut upstream = TcpStream::connect(&authority).unwrap();
    if method == "CONNECT" {
        client
            .write_all(b"HTTP/1.1 200 Connection Established\r\n\r\n")
            .unwrap();
    } else {
        // Origin-form for the server, and one request per connection.
        let origin = text.replacen(&format!("http://{authority}"), "", 1);
        upstream.write_all(&close_after(origin.as_bytes())).unwrap();
    }
    let mut from_client = client.try_clone().unwrap();
    let mut to_upstream = upstream.try_clone().unwrap();
    thread::spawn(move || {
        let _ = std::io::copy(&mut from_client, &mut to_upstream);
        let _ = to_upstream.shutdown(std::net::Shutdown::Write);
    });
    let _ = std::io::copy(&mut upstream, &mut client);
    let _ = client.shutdown(std::net::Shutdown::Write);
}
