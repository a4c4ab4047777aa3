//! `claimlens eval`: placeholder while the sections are written.
use super::args::EvalArgs;
use super::error::CliError;
pub fn run(_args: &EvalArgs) -> Result<(), CliError> {
    Ok(())
}
