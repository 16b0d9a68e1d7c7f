//! Command-line interface (clap derive).

use std::io::{IsTerminal, Write};
use std::path::PathBuf;

use clap::{Parser, Subcommand};

use mtlint::check::{self, FixMode, RunOptions, SettingsResolver};
use mtlint::config::Overrides;
use mtlint::output::{self, OutputFormat, Printing};
use mtlint::rules::{self, RULES, RuleId};

#[derive(Parser)]
#[command(
    name = "mtlint",
    version,
    about = "Find the artifacts machine translation leaves in English articles, and fix them.",
    after_help = "Exit status: 0 no findings at or above the failing severity, 1 findings, 2 usage, configuration or I/O error."
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Lint files and folders ("-" reads standard input).
    Check(CheckArgs),
    /// Walk through every suggested fix, one at a time: y accept, n reject, a accept the
    /// rest of the file, A accept the rest of this rule, s skip file, e edit, u undo,
    /// q save and quit, ? help.
    Review(ReviewArgs),
    /// List every rule: name, category, default, severity, fix.
    Rules {
        /// Output format.
        #[arg(long, value_enum, default_value = "text")]
        format: RulesFormat,
    },
    /// Show one rule's page: what it finds, why MT produces it, example, fix safety.
    Rule {
        /// The rule name, e.g. inconsistent-name.
        name: String,
    },
    /// Print the settings resolved for a file (which configuration file applies).
    Config {
        /// The file (default: the current folder).
        path: Option<PathBuf>,
        #[arg(long)]
        config: Option<PathBuf>,
        #[arg(long)]
        isolated: bool,
    },
}

#[derive(Clone, Copy, clap::ValueEnum)]
enum RulesFormat {
    Text,
    Json,
    Markdown,
}

#[derive(clap::Args)]
struct CheckArgs {
    /// Files and folders to check; "-" reads standard input [default: .]
    paths: Vec<PathBuf>,
    /// Output format (colour only on a terminal).
    #[arg(long, value_enum, default_value = "text")]
    format: FormatArg,
    /// Print the suggested fixes as a unified diff; write nothing.
    #[arg(long, conflicts_with = "fix")]
    diff: bool,
    /// Apply safe fixes in place.
    #[arg(long)]
    fix: bool,
    /// With --fix or --diff: include fixes that need a human look.
    #[arg(long)]
    unsafe_fixes: bool,
    /// Only these rules (comma-separated; ALL for every rule).
    #[arg(long, value_delimiter = ',')]
    select: Option<Vec<String>>,
    /// Not these rules (comma-separated).
    #[arg(long, value_delimiter = ',')]
    ignore: Vec<String>,
    /// Use this configuration file instead of discovering mtlint.toml / .mtlint.toml.
    #[arg(long, conflicts_with = "isolated")]
    config: Option<PathBuf>,
    /// Ignore every configuration file.
    #[arg(long)]
    isolated: bool,
    /// Name (and format, by extension) of text read from standard input.
    #[arg(long)]
    stdin_filename: Option<String>,
    /// Source languages whose calques and furniture to look for (comma-separated: fr,de,es,it,pt,ru,ar,fa,zh).
    #[arg(long, value_delimiter = ',')]
    source_lang: Option<Vec<String>>,
    /// Exit with 0 even when there are findings (errors still exit with 2).
    #[arg(long)]
    exit_zero: bool,
    /// Print the number of findings per rule after the report.
    #[arg(long)]
    statistics: bool,
    /// Largest file to read, in bytes (default 256 MiB, at most 512 MiB).
    #[arg(long)]
    max_file_size: Option<u64>,
    /// Colour: auto (terminal only, NO_COLOR respected), always, never.
    #[arg(long, value_enum, default_value = "auto")]
    color: ColorChoice,
}

/// `--format` values of `check`: the library's [`OutputFormat`], as the command line
/// spells them.
#[derive(Clone, Copy, clap::ValueEnum)]
enum FormatArg {
    Text,
    Concise,
    Json,
    #[value(name = "json-lines")]
    JsonLines,
    Sarif,
    Github,
}

impl From<FormatArg> for OutputFormat {
    fn from(f: FormatArg) -> OutputFormat {
        match f {
            FormatArg::Text => OutputFormat::Text,
            FormatArg::Concise => OutputFormat::Concise,
            FormatArg::Json => OutputFormat::Json,
            FormatArg::JsonLines => OutputFormat::JsonLines,
            FormatArg::Sarif => OutputFormat::Sarif,
            FormatArg::Github => OutputFormat::Github,
        }
    }
}

#[derive(clap::Args)]
struct ReviewArgs {
    /// Files and folders to review.
    #[arg(default_value = ".")]
    paths: Vec<PathBuf>,
    /// Only these rules (comma-separated).
    #[arg(long, value_delimiter = ',')]
    select: Option<Vec<String>>,
    /// Not these rules (comma-separated).
    #[arg(long, value_delimiter = ',')]
    ignore: Vec<String>,
    /// Use this configuration file instead of discovering mtlint.toml / .mtlint.toml.
    #[arg(long, conflicts_with = "isolated")]
    config: Option<PathBuf>,
    /// Ignore every configuration file.
    #[arg(long)]
    isolated: bool,
    /// Source languages (comma-separated: fr,de,es,it,pt,ru,ar,fa,zh).
    #[arg(long, value_delimiter = ',')]
    source_lang: Option<Vec<String>>,
    /// Colour: auto, always, never.
    #[arg(long, value_enum, default_value = "auto")]
    color: ColorChoice,
}

#[derive(Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
enum ColorChoice {
    Auto,
    Always,
    Never,
}

/// Print to stdout; a closed pipe ends the program quietly.
fn emit(result: std::io::Result<()>) {
    if let Err(e) = result {
        write_failed(e);
    }
}

/// End the run on an output error: quietly when the reader went away (`| head`).
fn write_failed(e: std::io::Error) -> ! {
    if e.kind() == std::io::ErrorKind::BrokenPipe {
        std::process::exit(0);
    }
    eprintln!("mtlint: error: cannot write output: {e}");
    std::process::exit(2);
}

pub fn main() -> i32 {
    let cli = match Cli::try_parse() {
        Ok(c) => c,
        Err(e) => {
            let code = if e.use_stderr() { 2 } else { 0 };
            let _ = e.print();
            return code;
        }
    };
    match cli.command {
        Command::Check(args) => run_check(args),
        Command::Review(args) => run_review(args),
        Command::Rules { format } => {
            emit(print_rules(format));
            0
        }
        Command::Rule { name } => match rules::find(&name) {
            Some(rule) => {
                emit(write!(
                    std::io::stdout(),
                    "{}",
                    rules::render_page(rule.meta())
                ));
                0
            }
            None => {
                eprintln!(
                    "mtlint: error: unknown rule `{name}` (known rules: {})",
                    rules::names().join(", ")
                );
                2
            }
        },
        Command::Config {
            path,
            config,
            isolated,
        } => run_config(path, config, isolated),
    }
}

fn print_rules(format: RulesFormat) -> std::io::Result<()> {
    let mut out = std::io::stdout().lock();
    match format {
        RulesFormat::Text => {
            writeln!(
                out,
                "{:<22} {:<10} {:<8} {:<8} {:<10} summary",
                "rule", "category", "default", "severity", "fix"
            )?;
            for r in RULES {
                let m = r.meta();
                writeln!(
                    out,
                    "{:<22} {:<10} {:<8} {:<8} {:<10} {}",
                    m.name,
                    m.category,
                    if m.default_on { "on" } else { "off" },
                    m.severity.as_str(),
                    m.fix.as_str(),
                    m.summary
                )?;
            }
        }
        RulesFormat::Markdown => {
            writeln!(
                out,
                "| rule | category | default | severity | fix | finds |"
            )?;
            writeln!(out, "|---|---|---|---|---|---|")?;
            for r in RULES {
                let m = r.meta();
                writeln!(
                    out,
                    "| `{}` | {} | {} | {} | {} | {} |",
                    m.name,
                    m.category,
                    if m.default_on { "on" } else { "off" },
                    m.severity.as_str(),
                    m.fix.as_str(),
                    m.summary
                )?;
            }
        }
        RulesFormat::Json => {
            let v: Vec<serde_json::Value> = RULES
                .iter()
                .map(|r| {
                    let m = r.meta();
                    serde_json::json!({
                        "name": m.name, "category": m.category, "default": m.default_on,
                        "severity": m.severity.as_str(), "fix": m.fix.as_str(), "summary": m.summary
                    })
                })
                .collect();
            serde_json::to_writer_pretty(&mut out, &v)?;
            writeln!(out)?;
        }
    }
    Ok(())
}

fn run_config(path: Option<PathBuf>, config: Option<PathBuf>, isolated: bool) -> i32 {
    let options = RunOptions {
        fix_mode: FixMode::None,
        overrides: Overrides::default(),
        config,
        isolated,
    };
    let resolver = match SettingsResolver::new(&options) {
        Ok(r) => r,
        Err(e) => {
            eprintln!(
                "mtlint: error: {}",
                output::escape_for_terminal(&e.to_string())
            );
            return 2;
        }
    };
    let target = path.unwrap_or_else(|| PathBuf::from("./probe"));
    match resolver.for_path(Some(&target)) {
        Ok(s) => {
            let mut out = String::new();
            out.push_str(&format!(
                "configuration: {}\n",
                s.source
                    .as_ref()
                    .map_or("(none: defaults)".to_string(), |p| p.display().to_string())
            ));
            out.push_str(&format!("fail-on: {}\n", s.fail_on.as_str()));
            out.push_str(&format!("unsafe-fixes: {}\n", s.unsafe_fixes));
            out.push_str(&format!("max-file-size: {}\n", s.max_file_size));
            let langs: Vec<&str> = mtlint::lexicon::Lang::SOURCES
                .iter()
                .filter(|l| s.langs.contains(**l))
                .map(|l| l.code())
                .collect();
            out.push_str(&format!("source-languages: {}\n", langs.join(", ")));
            out.push_str("rules:\n");
            for &id in RuleId::ALL {
                out.push_str(&format!(
                    "  {:<22} {:<4} {}\n",
                    id.name(),
                    if s.enabled.contains(id) { "on" } else { "off" },
                    s.severity[id].as_str()
                ));
            }
            for line in s.options.describe() {
                out.push_str(&line);
                out.push('\n');
            }
            emit(write!(std::io::stdout(), "{out}"));
            0
        }
        Err(e) => {
            eprintln!(
                "mtlint: error: {}",
                output::escape_for_terminal(&e.to_string())
            );
            2
        }
    }
}

fn run_review(args: ReviewArgs) -> i32 {
    if !std::io::stdin().is_terminal() || !std::io::stdout().is_terminal() {
        eprintln!(
            "mtlint: error: `mtlint review` is interactive and needs a terminal; in scripts use `mtlint check --diff` or `--fix`"
        );
        return 2;
    }
    let options = RunOptions {
        fix_mode: FixMode::None,
        overrides: Overrides {
            select: args.select,
            ignore: args.ignore,
            unsafe_fixes: true,
            langs: args.source_lang,
            max_file_size: None,
        },
        config: args.config,
        isolated: args.isolated,
    };
    let resolver = match SettingsResolver::new(&options) {
        Ok(r) => r,
        Err(e) => {
            eprintln!(
                "mtlint: error: {}",
                output::escape_for_terminal(&e.to_string())
            );
            return 2;
        }
    };
    let inputs = check::collect_inputs(&args.paths, None, &resolver);
    let color = match args.color {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto => std::env::var_os("NO_COLOR").is_none(),
    };
    let term = console::Term::stdout();
    match crate::review_term::run(inputs, &resolver, &term, color) {
        Ok(summary) if summary.errors == 0 => 0,
        Ok(_) => 2,
        Err(e) => {
            eprintln!(
                "mtlint: error: {}",
                output::escape_for_terminal(&e.to_string())
            );
            2
        }
    }
}

fn run_check(args: CheckArgs) -> i32 {
    let overrides = Overrides {
        select: args.select.clone(),
        ignore: args.ignore.clone(),
        unsafe_fixes: args.unsafe_fixes,
        langs: args.source_lang.clone(),
        max_file_size: args.max_file_size,
    };
    let mode = if args.fix {
        FixMode::Write
    } else if args.diff {
        FixMode::Diff
    } else {
        FixMode::None
    };
    let options = RunOptions {
        fix_mode: mode,
        overrides,
        config: args.config.clone(),
        isolated: args.isolated,
    };
    let resolver = match SettingsResolver::new(&options) {
        Ok(r) => r,
        Err(e) => {
            eprintln!(
                "mtlint: error: {}",
                output::escape_for_terminal(&e.to_string())
            );
            return 2;
        }
    };
    let named = !args.paths.is_empty();
    let paths = if named {
        args.paths.clone()
    } else {
        vec![PathBuf::from(".")]
    };
    let inputs = check::collect_inputs(&paths, args.stdin_filename.as_deref(), &resolver);
    if inputs.is_empty() {
        // Said on standard error; an error when the paths were named (a typo in a CI
        // step should not pass as "all checks passed").
        let shown: Vec<String> = paths.iter().map(|p| check::display_path(p)).collect();
        eprintln!(
            "mtlint: {}: no files to check in {} (mtlint reads .md, .markdown and .txt files)",
            if named { "error" } else { "warning" },
            output::escape_for_terminal(&shown.join(", "))
        );
        return if named { 2 } else { 0 };
    }

    let color = match args.color {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto => {
            std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none()
        }
    };
    let printing = Printing {
        color,
        unsafe_fixes: args.unsafe_fixes,
        fixed: mode == FixMode::Write,
        statistics: args.statistics,
    };
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    // Fixed standard input goes to stdout, like other formatters, and the findings to
    // stderr: such a run is one small text, linted and printed as a whole.
    if mode == FixMode::Write
        && inputs
            .iter()
            .any(|i| matches!(i, check::Input::Stdin { .. }))
    {
        let code = fix_stdin(inputs, &resolver, &printing, &mut out);
        return if args.exit_zero && code == 1 { 0 } else { code };
    }
    let totals = if mode == FixMode::Diff {
        print_diffs(inputs, &resolver, &mut out)
    } else {
        print_reports(inputs, &resolver, args.format, printing, &mut out)
    };
    let code = totals.exit_code();
    if args.exit_zero && code == 1 { 0 } else { code }
}

/// `--fix` with standard input among the inputs: the fixed text to stdout, the
/// remaining findings to stderr. The exit code.
fn fix_stdin(
    inputs: Vec<check::Input>,
    resolver: &SettingsResolver,
    printing: &Printing,
    out: &mut impl Write,
) -> i32 {
    let reports = check::run(inputs, resolver, FixMode::Write);
    for r in &reports {
        if matches!(r.input, check::Input::Stdin { .. })
            && let Some(t) = r.text.as_ref()
        {
            emit(out.write_all(t.as_bytes()));
        }
    }
    emit(out.flush());
    let mut err = std::io::stderr().lock();
    let mut log = output::ProblemLog::new(false);
    for r in &reports {
        let _ = log.write(&mut err, r);
    }
    let _ = output::write_concise(&mut err, &reports, printing);
    check::exit_code(&reports, false)
}

// In the two functions below, each file's report is written as soon as it and the ones
// before it are done, and then dropped: a run over a large tree holds a few files, not
// the tree. A write error stops the output but not the run, so `--fix` still fixes every
// file; it is reported at the end.

/// `--diff`: the patch to stdout; the findings' summary to stderr. On a terminal, the
/// article's control characters are shown escaped (piped, the patch is exact).
fn print_diffs(
    inputs: Vec<check::Input>,
    resolver: &SettingsResolver,
    out: &mut impl Write,
) -> output::Totals {
    let mut write_error: Option<std::io::Error> = None;
    let to_terminal = std::io::stdout().is_terminal();
    let mut totals = output::Totals::default();
    let mut log = output::ProblemLog::new(false);
    check::run_each(inputs, resolver, FixMode::Diff, |r| {
        let _ = log.write(&mut std::io::stderr().lock(), &r);
        if write_error.is_none()
            && let (Some(orig), Some(fixed)) = (&r.original, &r.fixed)
        {
            let patch = mtlint::fix::unified_diff(&r.path, orig, fixed);
            let patch = if to_terminal {
                terminal_safe_patch(&patch)
            } else {
                patch
            };
            write_error = out.write_all(patch.as_bytes()).err();
        }
        totals.add(&r);
    });
    if let Some(e) = write_error.take() {
        emit(Err(e));
    }
    emit(out.flush());
    let mut err = std::io::stderr().lock();
    let (fixes, files) = (totals.summary.fixed, totals.files_fixed);
    let _ = writeln!(
        err,
        "{} fix{} in {} file{} would be applied.",
        fixes,
        if fixes == 1 { "" } else { "es" },
        files,
        if files == 1 { "" } else { "s" }
    );
    totals
}

/// The report in `format` (with `--fix`, after writing the fixes).
fn print_reports(
    inputs: Vec<check::Input>,
    resolver: &SettingsResolver,
    format: FormatArg,
    printing: Printing,
    out: &mut impl Write,
) -> output::Totals {
    let mode = if printing.fixed {
        FixMode::Write
    } else {
        FixMode::None
    };
    let mut write_error: Option<std::io::Error> = None;
    let mut log = output::ProblemLog::new(printing.color && std::io::stderr().is_terminal());
    let mut stream = output::ReportStream::new(out, format.into(), printing);
    check::run_each(inputs, resolver, mode, |r| {
        // Errors and notes go to standard error as they come, in every format, so a CI
        // log or a terminal shows them when the report goes to a file or a pipe.
        let _ = log.write(&mut std::io::stderr().lock(), &r);
        if write_error.is_none() {
            write_error = stream.file(&r).err();
        } else {
            stream.count(&r);
        }
    });
    if let Some(e) = write_error.take() {
        emit(Err(e));
    }
    let totals = stream.finish().unwrap_or_else(|e| write_failed(e));
    emit(out.flush());
    totals
}

/// A patch for display on a terminal: control characters escaped, line breaks (LF or
/// CRLF) kept as they are.
fn terminal_safe_patch(patch: &str) -> String {
    let mut out = String::with_capacity(patch.len());
    for line in patch.split_inclusive('\n') {
        let (body, end) = match line.strip_suffix("\r\n") {
            Some(b) => (b, "\r\n"),
            None => match line.strip_suffix('\n') {
                Some(b) => (b, "\n"),
                None => (line, ""),
            },
        };
        out.push_str(&output::escape_for_terminal(body));
        out.push_str(end);
    }
    out
}
