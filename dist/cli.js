#!/usr/bin/env node
import {
  startSpellingWorker
} from "./chunks/JCOGUZIN.js";

// src/bin.ts
var args = process.argv.slice(2);
if (!args.some((arg) => /^(-h|--help|-v|--version)$/.test(arg))) startSpellingWorker();
var { runCli } = await import("./chunks/4GWJNU56.js");
var color = process.stdout.isTTY === true && !process.env.NO_COLOR && process.env.FORCE_COLOR !== "0";
process.exitCode = await runCli(args, {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  cwd: process.cwd(),
  color
});
