#!/usr/bin/env node
console.log("antrag");
