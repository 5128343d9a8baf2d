// @osmosis/cli: the `osmosis` command, and `defineConfig` for osmosis.config.ts.

export {
  CONFIG_FILES,
  envConfig,
  type LoadConfigOptions,
  type LoadedConfig,
  loadConfig,
} from "./config/load.js";
export {
  type CliConfig,
  type CliConfigInput,
  CliConfigSchema,
  defineConfig,
} from "./config/schema.js";
export { type CommandContext, ExitCode, processContext } from "./context.js";
export { runCli } from "./program.js";
