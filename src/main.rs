//! The `mtlint` command: parse arguments, call the library, map the result to an exit code.

mod cli;
mod review_term;

fn main() {
    fixed_mmap_threshold();
    let code = cli::main();
    std::process::exit(code);
}

/// Serve allocations of 1 MiB and more (a large file's text, model and the rules' working
/// sets) straight from the kernel, so that each is returned the moment it is freed. glibc
/// otherwise raises this threshold as the run goes, and where the next large working set
/// lands, and how much freed memory stays resident, then depends on what was freed
/// before and on which thread does the work: on the 100 MB benchmark file, 352 MiB either
/// way with the fixed threshold, 355 or 367 MiB without.
fn fixed_mmap_threshold() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: mallopt only changes an allocator setting; called before any thread starts.
    unsafe {
        libc::mallopt(libc::M_MMAP_THRESHOLD, 1 << 20);
    }
}
