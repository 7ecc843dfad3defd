#!/usr/bin/env node
import {
  startSpellingEarly,
  startSpellingWorker
} from "./chunks/COKCPPUW.js";
import "./chunks/AUYJIZVL.js";

// src/bin.ts
import { enableCompileCache } from "node:module";
var args = process.argv.slice(2);
var compileCache = enableCompileCache?.();
if (compileCache?.directory) process.env.NODE_COMPILE_CACHE ??= compileCache.directory;
if (startSpellingEarly(args, process.cwd())) startSpellingWorker();
var { runCli } = await import("./chunks/GJCZH2TT.js");
var color = process.stdout.isTTY === true && !process.env.NO_COLOR && process.env.FORCE_COLOR !== "0";
process.exitCode = await runCli(args, {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  cwd: process.cwd(),
  color
});
