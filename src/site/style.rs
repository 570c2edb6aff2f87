//! The site's one stylesheet. Status colours always come with a text label;
//! each is checked here against WCAG's 4.5:1 contrast for normal text.

/// (CSS class, background, text colour) of every status badge and cell.
pub const STATUS_COLOURS: [(&str, &str, &str); 10] = [
    ("all", "#1a7f37", "#ffffff"),
    ("pass", "#1a7f37", "#ffffff"),
    ("most", "#7d5400", "#ffffff"),
    ("some", "#b03f00", "#ffffff"),
    ("blocked", "#b03f00", "#ffffff"),
    ("none", "#c21f2b", "#ffffff"),
    ("fail", "#c21f2b", "#ffffff"),
    ("known", "#6b3fc0", "#ffffff"),
    ("na", "#5c6670", "#ffffff"),
    ("absent", "#5c6670", "#ffffff"),
];

pub const CSS: &str = r#"
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif; margin: 0;
       color: #1f2328; background: #ffffff; line-height: 1.45; }
header, main, footer { max-width: 72rem; margin: 0 auto; padding: 0 1rem; }
header { border-bottom: 1px solid #d0d7de; }
nav a { margin-right: 1rem; }
a { color: #0550ae; }
h1 { font-size: 1.6rem; } h2 { font-size: 1.3rem; margin-top: 2rem; } h3 { font-size: 1.1rem; }
table { border-collapse: collapse; margin: 0.5rem 0 1.5rem; }
th, td { border: 1px solid #d0d7de; padding: 0.3rem 0.5rem; text-align: left; vertical-align: top; }
th { background: #f6f8fa; }
.scroll { overflow-x: auto; }
tr.area th { background: #eaeef2; }
tr.rule th { font-weight: normal; padding-left: 1.5rem; }
.badge { display: inline-block; padding: 0.05rem 0.45rem; border-radius: 0.6rem; font-size: 0.85rem;
         font-weight: 600; white-space: nowrap; }
.scenario { border: 1px solid #d0d7de; border-radius: 0.4rem; padding: 0.5rem 0.8rem; margin: 0.8rem 0; }
.scenario:target { outline: 3px solid #0550ae; }
.gherkin { font-family: ui-monospace, "DejaVu Sans Mono", monospace; font-size: 0.88rem; white-space: pre-wrap;
           margin: 0.4rem 0; }
.kw { font-weight: 700; color: #6b3fc0; }
.why { border-left: 3px solid #1a7f37; padding-left: 0.6rem; margin: 0.4rem 0; }
.why ul { margin: 0.2rem 0; }
pre.doc { background: #f6f8fa; padding: 0.4rem 0.6rem; margin: 0.2rem 0 0.2rem 2rem; overflow-x: auto; }
table.data { margin-left: 2rem; font-family: ui-monospace, "DejaVu Sans Mono", monospace; font-size: 0.85rem; }
.meta { color: #57606a; font-size: 0.9rem; }
.tags { color: #57606a; font-family: ui-monospace, "DejaVu Sans Mono", monospace; font-size: 0.85rem; }
ul.verdicts { list-style: none; padding: 0; margin: 0.3rem 0; }
ul.verdicts li { margin: 0.2rem 0; }
details summary { cursor: pointer; }
details pre { white-space: pre-wrap; background: #f6f8fa; padding: 0.4rem; }
@media (max-width: 40rem) { th, td { padding: 0.2rem 0.3rem; font-size: 0.85rem; } }
"#;

/// The badge rules, from [`STATUS_COLOURS`].
pub fn status_css() -> String {
    STATUS_COLOURS
        .iter()
        .map(|(class, bg, fg)| format!(".s-{class} {{ background: {bg}; color: {fg}; }}\n"))
        .collect()
}

/// WCAG 2 contrast ratio of two `#rrggbb` colours.
pub fn contrast(a: &str, b: &str) -> f64 {
    let (la, lb) = (luminance(a), luminance(b));
    let (hi, lo) = if la > lb { (la, lb) } else { (lb, la) };
    (hi + 0.05) / (lo + 0.05)
}

fn luminance(hex: &str) -> f64 {
    let channel = |i: usize| {
        let v = f64::from(u8::from_str_radix(&hex[i..i + 2], 16).unwrap_or(0)) / 255.0;
        if v <= 0.03928 {
            v / 12.92
        } else {
            ((v + 0.055) / 1.055).powf(2.4)
        }
    };
    0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_status_colour_has_enough_contrast() {
        for (class, bg, fg) in STATUS_COLOURS {
            let ratio = contrast(bg, fg);
            assert!(
                ratio >= 4.5,
                "{class}: {fg} on {bg} has contrast {ratio:.2}"
            );
        }
        assert!((contrast("#000000", "#ffffff") - 21.0).abs() < 0.01);
    }
}
