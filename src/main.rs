//! The `mtlint` command: parse arguments, call the library, map the result to an exit code.

mod cli;

fn main() {
    let code = cli::main();
    std::process::exit(code);
}
