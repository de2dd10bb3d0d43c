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

    /// `text` with every secret replaced, as sent and as it reads with its whitespace
    /// collapsed (a server may have done that), longest first.
    pub fn scrub(&self, text: &str) -> String {
        let mut forms: Vec<String> = self
            .secrets
            .iter()
            .flat_map(|s| [s.clone(), one_line(s)])
            .filter(|s| s.len() >= 4)
            .collect();
        forms.sort_by_key(|s| std::cmp::Reverse(s.len()));
        forms.iter().fold(text.to_owned(), |text, secret| {
            text.replace(secret, REDACTED)
        })
    }
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
}
