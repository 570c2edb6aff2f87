//! `cargo test --test conformance [-- OPTIONS]`: runs the IAM specification
//! in features/ against a target. `-- --help` lists the options.

fn main() {
    std::process::exit(iam_conformance::run::main(env!("CARGO_MANIFEST_DIR")));
}
