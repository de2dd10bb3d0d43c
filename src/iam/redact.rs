//! What may be shown of text that came over the network: one line, no control characters (it
//! cannot drive the terminal), and none of the secrets the request carried, matched before any
//! whitespace is collapsed, in the base64 of a Basic header too.

use base64::Engine as _;

use crate::grant::TokenRequest;

pub const REDACTED: &str = "[redacted]";

/// The secrets of one exchange, to be kept out of anything shown.
#[derive(Default)]
pub struct Redactor {
    secrets: Vec<String>,
}

impl Redactor {
    /// Every secret `req` sends: form fields, the client secret, and the Basic header's
    /// base64 of `id:secret`.
    pub fn for_request(req: &TokenRequest) -> Self {
        let mut secrets: Vec<String> = req.secrets().map(str::to_owned).collect();
        if let Some((id, secret)) = &req.client {
            let basic = format!("{id}:{}", secret.expose());
            secrets.push(base64::engine::general_purpose::STANDARD.encode(basic));
        }
        Self::new(secrets)
    }

    /// These secrets (an instance identity token, say).
    pub fn new(secrets: Vec<String>) -> Self {
        // Shorter ones are too likely to occur by chance, and say little.
        let secrets = secrets.into_iter().filter(|s| s.len() >= 4).collect();
        Self { secrets }
    }

    /// `text` with every secret replaced, then on one line without control characters.
    pub fn clean(&self, text: &str) -> String {
        one_line(&self.scrub(text))
    }

    /// `text` with every secret replaced, longest first, in every form a server may echo it
    /// in (`forms`).
    pub fn scrub(&self, text: &str) -> String {
        let mut forms: Vec<String> = self
            .secrets
            .iter()
            .flat_map(|s| forms(s))
            .filter(|s| s.len() >= 4)
            .collect();
        forms.sort_by_key(|s| std::cmp::Reverse(s.len()));
        forms.dedup();
        forms.iter().fold(text.to_owned(), |text, secret| {
            text.replace(secret, REDACTED)
        })
    }
}

/// `secret` as sent; with its whitespace collapsed; form-urlencoded as it went on the wire
/// (`+` or `%20` for a space, upper- or lower-case hex); and escaped as a JSON string, raw and
/// urlencoded: the ways a server quotes the request back in an error.
fn forms(secret: &str) -> Vec<String> {
    let encoded: String = form_urlencoded::byte_serialize(secret.as_bytes()).collect();
    let json = serde_json::to_string(secret).unwrap_or_default();
    let json = json
        .strip_prefix('"')
        .and_then(|j| j.strip_suffix('"'))
        .unwrap_or_default()
        .to_owned();
    let lower_hex = |s: &str| {
        let mut out = String::with_capacity(s.len());
        let mut rest = s;
        while let Some(at) = rest.find('%') {
            let (head, tail) = rest.split_at(at);
            out.push_str(head);
            let escape = tail.get(..3).unwrap_or(tail);
            out.push_str(&escape.to_ascii_lowercase());
            rest = &tail[escape.len()..];
        }
        out.push_str(rest);
        out
    };
    let json_encoded = form_urlencoded::byte_serialize(json.as_bytes()).collect();
    vec![
        secret.to_owned(),
        one_line(secret),
        encoded.replace('+', "%20"),
        lower_hex(&encoded),
        lower_hex(&encoded.replace('+', "%20")),
        encoded,
        json,
        json_encoded,
    ]
}

/// Collapses whitespace and drops control characters, so that text from the network stays on
/// one line and cannot drive the terminal.
pub fn one_line(text: &str) -> String {
    text.split(|c: char| c.is_whitespace() || c.is_control())
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::grant::Field;
    use crate::secret::Secret;
    use crate::token::Wanted;

    #[test]
    fn secrets_go_before_whitespace_is_collapsed_and_as_base64() {
        let req = TokenRequest {
            form: vec![(
                "password",
                Field::Secret(Secret::new("pass  word\twith spaces")),
            )],
            tenant: None,
            client: Some(("app".into(), Secret::new("client-secret-1"))),
            wanted: Wanted::AccessToken,
            first: None,
            single_use: None,
            rotating: None,
        };
        let r = Redactor::for_request(&req);
        let basic = base64::engine::general_purpose::STANDARD.encode("app:client-secret-1");
        let text = format!(
            "got pass  word\twith spaces and pass word with spaces, Basic {basic}, client-secret-1\x1b[2J\n"
        );
        assert_eq!(
            r.clean(&text),
            "got [redacted] and [redacted], Basic [redacted], [redacted] [2J"
        );
    }

    #[test]
    fn a_secret_echoed_urlencoded_or_json_escaped_is_scrubbed() {
        let r = Redactor::new(vec![r#"SENTINEL DOCKER"KEY\44/é"#.to_owned()]);
        for echoed in [
            "SENTINEL+DOCKER%22KEY%5C44%2F%C3%A9",
            "SENTINEL%20DOCKER%22KEY%5C44%2F%C3%A9",
            "SENTINEL+DOCKER%22KEY%5c44%2f%c3%a9",
            r#"SENTINEL DOCKER\"KEY\\44/é"#,
            "SENTINEL+DOCKER%5C%22KEY%5C%5C44%2F%C3%A9",
        ] {
            let shown = r.clean(&format!("invalid apikey={echoed}&grant_type=x"));
            assert_eq!(shown, "invalid apikey=[redacted]&grant_type=x", "{echoed}");
        }
    }
}
