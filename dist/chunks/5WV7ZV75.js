#!/usr/bin/env node

// src/text/spelling-service.ts
import { join } from "node:path";
import { Worker } from "node:worker_threads";
var workerFile = true ? "../spelling-worker.js" : "./spelling-worker.ts";
var worker;
var pending = /* @__PURE__ */ new Map();
var lastId = 0;
var workerCpu = 0;
var cpuOfEarlierWorkers = 0;
function failAll(error) {
  for (const { reject } of pending.values()) reject(error);
  pending.clear();
  worker = void 0;
  cpuOfEarlierWorkers += workerCpu;
  workerCpu = 0;
}
function startWorker() {
  const started = new Worker(new URL(workerFile, import.meta.url), {
    resourceLimits: { maxYoungGenerationSizeMb: 64 }
  });
  started.on("message", (response) => {
    const waiting = pending.get(response.id);
    pending.delete(response.id);
    if (response.cpu !== void 0) workerCpu = response.cpu;
    if (pending.size === 0) started.unref();
    if (!waiting) return;
    if (response.ok) waiting.resolve(response.value);
    else waiting.reject(new Error(response.message));
  });
  started.on("error", (error) => failAll(new Error(`the spell checker stopped: ${error.message}`)));
  started.on("exit", (code) => {
    if (worker === started) failAll(new Error(`the spell checker stopped (exit code ${code})`));
  });
  return started;
}
function startSpellingWorker() {
  worker ??= startWorker();
  if (pending.size === 0) worker.unref();
}
function stopUnaskedSpellingWorker() {
  if (!worker || lastId > 0) return;
  const unasked = worker;
  worker = void 0;
  void unasked.terminate();
}
function ask(request) {
  worker ??= startWorker();
  const id = ++lastId;
  const asked = worker;
  return new Promise((resolve, reject) => {
    pending.set(id, { resolve, reject });
    asked.ref();
    asked.postMessage({ ...request, id });
  });
}
function misspellingsOf(pagePath, spelling, prose, limit) {
  return ask({ kind: "misspellings", pagePath, spelling, prose, limit });
}
function englishVariantsOf(words) {
  return ask({ kind: "variants", words });
}
function prepareSpelling(folder, spelling) {
  ask({ kind: "prepare", pagePath: join(folder, "page.md"), spelling }).catch(() => void 0);
}
function prepareEnglishVariants() {
  englishVariantsOf([]).catch(() => void 0);
}

export {
  startSpellingWorker,
  stopUnaskedSpellingWorker,
  misspellingsOf,
  englishVariantsOf,
  prepareSpelling,
  prepareEnglishVariants
};
