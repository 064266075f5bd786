/** The libcst provisioned next to Bandit (scripts/setup.sh pins the same): what the codemods run on. */
export const LIBCST_VERSION = "1.9.0";
