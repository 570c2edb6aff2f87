//! Wildcard patterns as IAM reads them: `*` any run of characters (none
//! included), `?` any one character, everything else itself. A character that
//! came from a policy variable is always itself, so `${*}` is a literal `*`.

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Piece {
    Char(char),
    Star,
    Question,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pattern {
    pub pieces: Vec<Piece>,
}

impl Pattern {
    /// `*` and `?` in `text` are wildcards.
    pub fn literal_wildcards(text: &str) -> Self {
        Self {
            pieces: text
                .chars()
                .map(|c| match c {
                    '*' => Piece::Star,
                    '?' => Piece::Question,
                    c => Piece::Char(c),
                })
                .collect(),
        }
    }

    /// Every character of `text` is itself (no wildcards).
    pub fn exact(text: &str) -> Self {
        Self {
            pieces: text.chars().map(Piece::Char).collect(),
        }
    }

    pub fn matches(&self, text: &str) -> bool {
        let chars: Vec<char> = text.chars().collect();
        glob(&self.pieces, &chars, |a, b| a == b)
    }

    pub fn matches_ignoring_case(&self, text: &str) -> bool {
        let chars: Vec<char> = text.chars().collect();
        glob(&self.pieces, &chars, |a, b| {
            a == b || a.to_lowercase().eq(b.to_lowercase())
        })
    }
}

/// Iterative glob with one backtrack point (the latest `*`): linear in practice.
fn glob(pattern: &[Piece], text: &[char], same: impl Fn(char, char) -> bool) -> bool {
    let (mut p, mut t) = (0, 0);
    let mut star: Option<(usize, usize)> = None;
    while t < text.len() {
        match pattern.get(p) {
            Some(Piece::Star) => {
                star = Some((p, t));
                p += 1;
            }
            Some(Piece::Question) => {
                p += 1;
                t += 1;
            }
            Some(Piece::Char(c)) if same(*c, text[t]) => {
                p += 1;
                t += 1;
            }
            _ => match star {
                Some((sp, st)) => {
                    p = sp + 1;
                    t = st + 1;
                    star = Some((sp, st + 1));
                }
                None => return false,
            },
        }
    }
    pattern[p..].iter().all(|piece| *piece == Piece::Star)
}

/// `ArnLike`/`ArnEquals`: the six colon-separated parts of an ARN are matched
/// part by part, each with wildcards; the resource part keeps its colons.
/// ("IAM JSON policy elements: Condition operators", ARN condition operators)
pub fn arn_like(pattern: &Pattern, arn: &str) -> bool {
    let text_parts: Vec<&str> = arn.splitn(6, ':').collect();
    let pattern_parts = split_pieces(&pattern.pieces, 6);
    if text_parts.len() != 6 || pattern_parts.len() != 6 {
        return false;
    }
    pattern_parts
        .iter()
        .zip(text_parts)
        .all(|(p, t)| glob(p, &t.chars().collect::<Vec<_>>(), |a, b| a == b))
}

fn split_pieces(pieces: &[Piece], parts: usize) -> Vec<Vec<Piece>> {
    let mut out = vec![Vec::new()];
    for piece in pieces {
        if *piece == Piece::Char(':') && out.len() < parts {
            out.push(Vec::new());
        } else {
            out.last_mut().expect("never empty").push(*piece);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wildcards() {
        let p = Pattern::literal_wildcards;
        assert!(p("*").matches(""));
        assert!(p("a*c").matches("abbbc"));
        assert!(p("a*c").matches("ac"));
        assert!(!p("a*c").matches("acb"));
        assert!(p("a?c").matches("abc"));
        assert!(!p("a?c").matches("ac"));
        assert!(p("*b*b").matches("abab"));
        assert!(!Pattern::exact("a*").matches("ab"));
        assert!(p("IAM:list*").matches_ignoring_case("iam:ListUsers"));
        assert!(!p("IAM:list*").matches("iam:ListUsers"));
    }

    #[test]
    fn arns_part_by_part() {
        let p = Pattern::literal_wildcards("arn:aws:iam::*:user/*");
        assert!(arn_like(&p, "arn:aws:iam::123456789012:user/a/b"));
        assert!(!arn_like(&p, "arn:aws:iam::123456789012:role/a"));
        // A `*` in the account part does not reach across a colon.
        let q = Pattern::literal_wildcards("arn:aws:iam::*");
        assert!(!arn_like(&q, "arn:aws:iam::123456789012:user/a"));
        assert!(arn_like(
            &Pattern::literal_wildcards("arn:aws:sts::1:assumed-role/R/*"),
            "arn:aws:sts::1:assumed-role/R/s"
        ));
    }
}
