#!/usr/bin/env node
// The `osmosis` executable: a committed shim, so installing the workspace links a bin that exists
// before the first build (the code is in dist/, built by tsup).
import "../dist/bin.js";
