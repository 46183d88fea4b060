// generated from spec/catalog.json — do not edit (run `make generate`)
// inputs sha256:abfe523b4cb7defc25bebce652646d2e28bddea1bcf02ebe2f16ee08320c83b2
// @ts-nocheck: the validators are the JavaScript ajv writes (standalone code), which tsc does
// not check; the table that ends the module, which the receiver reads, is typed.
/**
 * The validators of the webhook payload kind plaid/webhook, one per member of its union, lenient
 * and strict: its JSON Schemas (generated/jsonschema/) compiled by ajv when the package is
 * generated, so that the package needs no schema compiler (and no code is built at run time).
 * Read by the receiver of its provider (and by webhook-validators.ts, every kind's); not
 * exported by the package.
 */
import type { PayloadValidators } from "./webhook-types.js";

const func1 = (text) => { let length = 0; for (const _ of text) length++; return length; };

function validate54(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate54.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(typeof data === "string"){
if(func1(data) > 8192){
const err0 = {instancePath,keyword:"maxLength",params:{limit: 8192}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
else {
const err1 = {instancePath,keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
validate54.errors = vErrors;
return errors === 0;
}
validate54.evaluated = {"dynamicProps":false,"dynamicItems":false};

const schema23 = {"type":"object","allOf":[{"required":["error_type"],"properties":{"error_type":{"$ref":"#/$defs/d0"}}},{"required":["error_code"],"properties":{"error_code":{"$ref":"#/$defs/d0"}}},{"properties":{"error_code_reason":{"$ref":"#/$defs/d1"}}},{"required":["error_message"],"properties":{"error_message":{"$ref":"#/$defs/d1"}}},{"required":["display_message"],"properties":{"display_message":{"$ref":"#/$defs/d1"}}},{"properties":{"request_id":{"$ref":"#/$defs/d0"}}},{"properties":{"causes":{"type":"array","items":{"$ref":"#/$defs/d10"}}}},{"properties":{"status":{"$ref":"#/$defs/d12"}}},{"properties":{"documentation_url":{"$ref":"#/$defs/d13"}}},{"properties":{"suggested_action":{"$ref":"#/$defs/d1"}}},{"properties":{"required_account_subtypes":{"type":"array","items":{"$ref":"#/$defs/d10"}}}},{"properties":{"provided_account_subtypes":{"type":"array","items":{"$ref":"#/$defs/d10"}}}},{"properties":{"error_type":true,"error_code":true,"error_code_reason":true,"error_message":true,"display_message":true,"request_id":true,"causes":true,"status":true,"documentation_url":true,"suggested_action":true,"required_account_subtypes":true,"provided_account_subtypes":true},"additionalProperties":{"$ref":"#/$defs/d10"}}]};

function validate62(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate62.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs0 = errors;
let valid0 = true;
const _errs1 = errors;
if(data !== null){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
var _valid0 = _errs1 === errors;
errors = _errs0;
if(vErrors !== null){
if(_errs0){
vErrors.length = _errs0;
}
else {
vErrors = null;
}
}
if(!_valid0){
const _errs3 = errors;
if(!(validate54(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
var _valid0 = _errs3 === errors;
valid0 = _valid0;
}
if(!valid0){
const err1 = {instancePath,keyword:"if",params:{failingKeyword: "else"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
validate62.errors = vErrors;
return errors === 0;
}
validate62.evaluated = {"dynamicProps":false,"dynamicItems":false};


function validate70(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate70.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(typeof data == "number"){
if(data > 1.7976931348623157e+308 || isNaN(data)){
const err0 = {instancePath,keyword:"maximum",params:{comparison: "<=", limit: 1.7976931348623157e+308}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data < -1.7976931348623157e+308 || isNaN(data)){
const err1 = {instancePath,keyword:"minimum",params:{comparison: ">=", limit: -1.7976931348623157e+308}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
else {
const err2 = {instancePath,keyword:"type",params:{type: "number"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
validate70.errors = vErrors;
return errors === 0;
}
validate70.evaluated = {"dynamicProps":false,"dynamicItems":false};


function validate90(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate90.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs0 = errors;
let valid0 = false;
const _errs1 = errors;
if(!(validate54(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
var _valid0 = _errs1 === errors;
valid0 = valid0 || _valid0;
const _errs2 = errors;
if(!(validate70(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate70.errors : vErrors.concat(validate70.errors);
errors = vErrors.length;
}
var _valid0 = _errs2 === errors;
valid0 = valid0 || _valid0;
const _errs3 = errors;
if(typeof data !== "boolean"){
const err0 = {instancePath,keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
var _valid0 = _errs3 === errors;
valid0 = valid0 || _valid0;
const _errs5 = errors;
if(data !== null){
const err1 = {instancePath,keyword:"type",params:{type: "null"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
var _valid0 = _errs5 === errors;
valid0 = valid0 || _valid0;
if(!valid0){
const err2 = {instancePath,keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
else {
errors = _errs0;
if(vErrors !== null){
if(_errs0){
vErrors.length = _errs0;
}
else {
vErrors = null;
}
}
}
validate90.errors = vErrors;
return errors === 0;
}
validate90.evaluated = {"dynamicProps":false,"dynamicItems":false};


function validate87(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate87.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs0 = errors;
let valid0 = false;
const _errs1 = errors;
if(!(validate54(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
var _valid0 = _errs1 === errors;
valid0 = valid0 || _valid0;
const _errs2 = errors;
if(!(validate70(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate70.errors : vErrors.concat(validate70.errors);
errors = vErrors.length;
}
var _valid0 = _errs2 === errors;
valid0 = valid0 || _valid0;
const _errs3 = errors;
if(typeof data !== "boolean"){
const err0 = {instancePath,keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
var _valid0 = _errs3 === errors;
valid0 = valid0 || _valid0;
const _errs5 = errors;
if(data !== null){
const err1 = {instancePath,keyword:"type",params:{type: "null"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
var _valid0 = _errs5 === errors;
valid0 = valid0 || _valid0;
const _errs7 = errors;
if(Array.isArray(data)){
const len0 = data.length;
for(let i0=0; i0<len0; i0++){
if(!(validate90(data[i0], {instancePath:instancePath+"/" + i0,parentData:data,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate90.errors : vErrors.concat(validate90.errors);
errors = vErrors.length;
}
}
}
else {
const err2 = {instancePath,keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
var _valid0 = _errs7 === errors;
valid0 = valid0 || _valid0;
if(_valid0){
var items0 = true;
}
const _errs10 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(validate90(data[key0], {instancePath:instancePath+"/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data,parentDataProperty:key0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate90.errors : vErrors.concat(validate90.errors);
errors = vErrors.length;
}
}
}
else {
const err3 = {instancePath,keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
var _valid0 = _errs10 === errors;
valid0 = valid0 || _valid0;
if(_valid0){
var props0 = true;
}
if(!valid0){
const err4 = {instancePath,keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
else {
errors = _errs0;
if(vErrors !== null){
if(_errs0){
vErrors.length = _errs0;
}
else {
vErrors = null;
}
}
}
validate87.errors = vErrors;
evaluated0.props = props0;
evaluated0.items = items0;
return errors === 0;
}
validate87.evaluated = {"dynamicProps":true,"dynamicItems":true};


function validate84(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate84.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs0 = errors;
let valid0 = false;
const _errs1 = errors;
if(!(validate54(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
var _valid0 = _errs1 === errors;
valid0 = valid0 || _valid0;
const _errs2 = errors;
if(!(validate70(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate70.errors : vErrors.concat(validate70.errors);
errors = vErrors.length;
}
var _valid0 = _errs2 === errors;
valid0 = valid0 || _valid0;
const _errs3 = errors;
if(typeof data !== "boolean"){
const err0 = {instancePath,keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
var _valid0 = _errs3 === errors;
valid0 = valid0 || _valid0;
const _errs5 = errors;
if(data !== null){
const err1 = {instancePath,keyword:"type",params:{type: "null"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
var _valid0 = _errs5 === errors;
valid0 = valid0 || _valid0;
const _errs7 = errors;
if(Array.isArray(data)){
const len0 = data.length;
for(let i0=0; i0<len0; i0++){
if(!(validate87(data[i0], {instancePath:instancePath+"/" + i0,parentData:data,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate87.errors : vErrors.concat(validate87.errors);
errors = vErrors.length;
}
}
}
else {
const err2 = {instancePath,keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
var _valid0 = _errs7 === errors;
valid0 = valid0 || _valid0;
if(_valid0){
var items1 = true;
}
const _errs10 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(validate87(data[key0], {instancePath:instancePath+"/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data,parentDataProperty:key0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate87.errors : vErrors.concat(validate87.errors);
errors = vErrors.length;
}
}
}
else {
const err3 = {instancePath,keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
var _valid0 = _errs10 === errors;
valid0 = valid0 || _valid0;
if(_valid0){
var props2 = true;
}
if(!valid0){
const err4 = {instancePath,keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
else {
errors = _errs0;
if(vErrors !== null){
if(_errs0){
vErrors.length = _errs0;
}
else {
vErrors = null;
}
}
}
validate84.errors = vErrors;
evaluated0.props = props2;
evaluated0.items = items1;
return errors === 0;
}
validate84.evaluated = {"dynamicProps":true,"dynamicItems":true};


function validate81(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate81.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs0 = errors;
let valid0 = false;
const _errs1 = errors;
if(!(validate54(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
var _valid0 = _errs1 === errors;
valid0 = valid0 || _valid0;
const _errs2 = errors;
if(!(validate70(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate70.errors : vErrors.concat(validate70.errors);
errors = vErrors.length;
}
var _valid0 = _errs2 === errors;
valid0 = valid0 || _valid0;
const _errs3 = errors;
if(typeof data !== "boolean"){
const err0 = {instancePath,keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
var _valid0 = _errs3 === errors;
valid0 = valid0 || _valid0;
const _errs5 = errors;
if(data !== null){
const err1 = {instancePath,keyword:"type",params:{type: "null"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
var _valid0 = _errs5 === errors;
valid0 = valid0 || _valid0;
const _errs7 = errors;
if(Array.isArray(data)){
const len0 = data.length;
for(let i0=0; i0<len0; i0++){
if(!(validate84(data[i0], {instancePath:instancePath+"/" + i0,parentData:data,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate84.errors : vErrors.concat(validate84.errors);
errors = vErrors.length;
}
}
}
else {
const err2 = {instancePath,keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
var _valid0 = _errs7 === errors;
valid0 = valid0 || _valid0;
if(_valid0){
var items1 = true;
}
const _errs10 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(validate84(data[key0], {instancePath:instancePath+"/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data,parentDataProperty:key0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate84.errors : vErrors.concat(validate84.errors);
errors = vErrors.length;
}
}
}
else {
const err3 = {instancePath,keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
var _valid0 = _errs10 === errors;
valid0 = valid0 || _valid0;
if(_valid0){
var props2 = true;
}
if(!valid0){
const err4 = {instancePath,keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
else {
errors = _errs0;
if(vErrors !== null){
if(_errs0){
vErrors.length = _errs0;
}
else {
vErrors = null;
}
}
}
validate81.errors = vErrors;
evaluated0.props = props2;
evaluated0.items = items1;
return errors === 0;
}
validate81.evaluated = {"dynamicProps":true,"dynamicItems":true};


function validate78(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate78.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs0 = errors;
let valid0 = false;
const _errs1 = errors;
if(!(validate54(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
var _valid0 = _errs1 === errors;
valid0 = valid0 || _valid0;
const _errs2 = errors;
if(!(validate70(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate70.errors : vErrors.concat(validate70.errors);
errors = vErrors.length;
}
var _valid0 = _errs2 === errors;
valid0 = valid0 || _valid0;
const _errs3 = errors;
if(typeof data !== "boolean"){
const err0 = {instancePath,keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
var _valid0 = _errs3 === errors;
valid0 = valid0 || _valid0;
const _errs5 = errors;
if(data !== null){
const err1 = {instancePath,keyword:"type",params:{type: "null"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
var _valid0 = _errs5 === errors;
valid0 = valid0 || _valid0;
const _errs7 = errors;
if(Array.isArray(data)){
const len0 = data.length;
for(let i0=0; i0<len0; i0++){
if(!(validate81(data[i0], {instancePath:instancePath+"/" + i0,parentData:data,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate81.errors : vErrors.concat(validate81.errors);
errors = vErrors.length;
}
}
}
else {
const err2 = {instancePath,keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
var _valid0 = _errs7 === errors;
valid0 = valid0 || _valid0;
if(_valid0){
var items1 = true;
}
const _errs10 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(validate81(data[key0], {instancePath:instancePath+"/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data,parentDataProperty:key0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate81.errors : vErrors.concat(validate81.errors);
errors = vErrors.length;
}
}
}
else {
const err3 = {instancePath,keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
var _valid0 = _errs10 === errors;
valid0 = valid0 || _valid0;
if(_valid0){
var props2 = true;
}
if(!valid0){
const err4 = {instancePath,keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
else {
errors = _errs0;
if(vErrors !== null){
if(_errs0){
vErrors.length = _errs0;
}
else {
vErrors = null;
}
}
}
validate78.errors = vErrors;
evaluated0.props = props2;
evaluated0.items = items1;
return errors === 0;
}
validate78.evaluated = {"dynamicProps":true,"dynamicItems":true};


function validate75(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate75.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs0 = errors;
let valid0 = false;
const _errs1 = errors;
if(!(validate54(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
var _valid0 = _errs1 === errors;
valid0 = valid0 || _valid0;
const _errs2 = errors;
if(!(validate70(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate70.errors : vErrors.concat(validate70.errors);
errors = vErrors.length;
}
var _valid0 = _errs2 === errors;
valid0 = valid0 || _valid0;
const _errs3 = errors;
if(typeof data !== "boolean"){
const err0 = {instancePath,keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
var _valid0 = _errs3 === errors;
valid0 = valid0 || _valid0;
const _errs5 = errors;
if(data !== null){
const err1 = {instancePath,keyword:"type",params:{type: "null"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
var _valid0 = _errs5 === errors;
valid0 = valid0 || _valid0;
const _errs7 = errors;
if(Array.isArray(data)){
const len0 = data.length;
for(let i0=0; i0<len0; i0++){
if(!(validate78(data[i0], {instancePath:instancePath+"/" + i0,parentData:data,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate78.errors : vErrors.concat(validate78.errors);
errors = vErrors.length;
}
}
}
else {
const err2 = {instancePath,keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
var _valid0 = _errs7 === errors;
valid0 = valid0 || _valid0;
if(_valid0){
var items1 = true;
}
const _errs10 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(validate78(data[key0], {instancePath:instancePath+"/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data,parentDataProperty:key0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate78.errors : vErrors.concat(validate78.errors);
errors = vErrors.length;
}
}
}
else {
const err3 = {instancePath,keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
var _valid0 = _errs10 === errors;
valid0 = valid0 || _valid0;
if(_valid0){
var props2 = true;
}
if(!valid0){
const err4 = {instancePath,keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
else {
errors = _errs0;
if(vErrors !== null){
if(_errs0){
vErrors.length = _errs0;
}
else {
vErrors = null;
}
}
}
validate75.errors = vErrors;
evaluated0.props = props2;
evaluated0.items = items1;
return errors === 0;
}
validate75.evaluated = {"dynamicProps":true,"dynamicItems":true};


function validate72(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate72.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs0 = errors;
let valid0 = false;
const _errs1 = errors;
if(!(validate54(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
var _valid0 = _errs1 === errors;
valid0 = valid0 || _valid0;
const _errs2 = errors;
if(!(validate70(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate70.errors : vErrors.concat(validate70.errors);
errors = vErrors.length;
}
var _valid0 = _errs2 === errors;
valid0 = valid0 || _valid0;
const _errs3 = errors;
if(typeof data !== "boolean"){
const err0 = {instancePath,keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
var _valid0 = _errs3 === errors;
valid0 = valid0 || _valid0;
const _errs5 = errors;
if(data !== null){
const err1 = {instancePath,keyword:"type",params:{type: "null"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
var _valid0 = _errs5 === errors;
valid0 = valid0 || _valid0;
const _errs7 = errors;
if(Array.isArray(data)){
const len0 = data.length;
for(let i0=0; i0<len0; i0++){
if(!(validate75(data[i0], {instancePath:instancePath+"/" + i0,parentData:data,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate75.errors : vErrors.concat(validate75.errors);
errors = vErrors.length;
}
}
}
else {
const err2 = {instancePath,keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
var _valid0 = _errs7 === errors;
valid0 = valid0 || _valid0;
if(_valid0){
var items1 = true;
}
const _errs10 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(validate75(data[key0], {instancePath:instancePath+"/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data,parentDataProperty:key0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate75.errors : vErrors.concat(validate75.errors);
errors = vErrors.length;
}
}
}
else {
const err3 = {instancePath,keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
var _valid0 = _errs10 === errors;
valid0 = valid0 || _valid0;
if(_valid0){
var props2 = true;
}
if(!valid0){
const err4 = {instancePath,keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
else {
errors = _errs0;
if(vErrors !== null){
if(_errs0){
vErrors.length = _errs0;
}
else {
vErrors = null;
}
}
}
validate72.errors = vErrors;
evaluated0.props = props2;
evaluated0.items = items1;
return errors === 0;
}
validate72.evaluated = {"dynamicProps":true,"dynamicItems":true};


function validate68(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate68.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs0 = errors;
let valid0 = false;
const _errs1 = errors;
if(!(validate54(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
var _valid0 = _errs1 === errors;
valid0 = valid0 || _valid0;
const _errs2 = errors;
if(!(validate70(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate70.errors : vErrors.concat(validate70.errors);
errors = vErrors.length;
}
var _valid0 = _errs2 === errors;
valid0 = valid0 || _valid0;
const _errs3 = errors;
if(typeof data !== "boolean"){
const err0 = {instancePath,keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
var _valid0 = _errs3 === errors;
valid0 = valid0 || _valid0;
const _errs5 = errors;
if(data !== null){
const err1 = {instancePath,keyword:"type",params:{type: "null"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
var _valid0 = _errs5 === errors;
valid0 = valid0 || _valid0;
const _errs7 = errors;
if(Array.isArray(data)){
const len0 = data.length;
for(let i0=0; i0<len0; i0++){
if(!(validate72(data[i0], {instancePath:instancePath+"/" + i0,parentData:data,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate72.errors : vErrors.concat(validate72.errors);
errors = vErrors.length;
}
}
}
else {
const err2 = {instancePath,keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
var _valid0 = _errs7 === errors;
valid0 = valid0 || _valid0;
if(_valid0){
var items1 = true;
}
const _errs10 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(validate72(data[key0], {instancePath:instancePath+"/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data,parentDataProperty:key0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate72.errors : vErrors.concat(validate72.errors);
errors = vErrors.length;
}
}
}
else {
const err3 = {instancePath,keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
var _valid0 = _errs10 === errors;
valid0 = valid0 || _valid0;
if(_valid0){
var props2 = true;
}
if(!valid0){
const err4 = {instancePath,keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
else {
errors = _errs0;
if(vErrors !== null){
if(_errs0){
vErrors.length = _errs0;
}
else {
vErrors = null;
}
}
}
validate68.errors = vErrors;
evaluated0.props = props2;
evaluated0.items = items1;
return errors === 0;
}
validate68.evaluated = {"dynamicProps":true,"dynamicItems":true};


function validate109(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate109.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!((typeof data == "number") && (!(data % 1) && !isNaN(data)))){
const err0 = {instancePath,keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(typeof data == "number"){
if(data > 1.7976931348623157e+308 || isNaN(data)){
const err1 = {instancePath,keyword:"maximum",params:{comparison: "<=", limit: 1.7976931348623157e+308}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data < -1.7976931348623157e+308 || isNaN(data)){
const err2 = {instancePath,keyword:"minimum",params:{comparison: ">=", limit: -1.7976931348623157e+308}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
validate109.errors = vErrors;
return errors === 0;
}
validate109.evaluated = {"dynamicProps":false,"dynamicItems":false};


function validate108(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate108.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs0 = errors;
let valid0 = true;
const _errs1 = errors;
if(data !== null){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
var _valid0 = _errs1 === errors;
errors = _errs0;
if(vErrors !== null){
if(_errs0){
vErrors.length = _errs0;
}
else {
vErrors = null;
}
}
if(!_valid0){
const _errs3 = errors;
if(!(validate109(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate109.errors : vErrors.concat(validate109.errors);
errors = vErrors.length;
}
var _valid0 = _errs3 === errors;
valid0 = _valid0;
}
if(!valid0){
const err1 = {instancePath,keyword:"if",params:{failingKeyword: "else"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
validate108.errors = vErrors;
return errors === 0;
}
validate108.evaluated = {"dynamicProps":false,"dynamicItems":false};

const pattern3 = new RegExp("^https?://[^\\s/?#]+[^\\s]*(?![\\s\\S])", "u");

function validate112(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate112.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(typeof data === "string"){
if(func1(data) > 2048){
const err0 = {instancePath,keyword:"maxLength",params:{limit: 2048}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(!pattern3.test(data)){
const err1 = {instancePath,keyword:"pattern",params:{pattern: "^https?://[^\\s/?#]+[^\\s]*(?![\\s\\S])"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
else {
const err2 = {instancePath,keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
validate112.errors = vErrors;
return errors === 0;
}
validate112.evaluated = {"dynamicProps":false,"dynamicItems":false};

const func3 = Object.prototype.hasOwnProperty;

function validate59(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate59.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(data && typeof data == "object" && !Array.isArray(data))){
const err0 = {instancePath,keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.error_type === undefined){
const err1 = {instancePath,keyword:"required",params:{missingProperty: "error_type"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.error_type !== undefined){
if(!(validate54(data.error_type, {instancePath:instancePath+"/error_type",parentData:data,parentDataProperty:"error_type",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.error_code === undefined){
const err2 = {instancePath,keyword:"required",params:{missingProperty: "error_code"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.error_code !== undefined){
if(!(validate54(data.error_code, {instancePath:instancePath+"/error_code",parentData:data,parentDataProperty:"error_code",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.error_code_reason !== undefined){
if(!(validate62(data.error_code_reason, {instancePath:instancePath+"/error_code_reason",parentData:data,parentDataProperty:"error_code_reason",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate62.errors : vErrors.concat(validate62.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.error_message === undefined){
const err3 = {instancePath,keyword:"required",params:{missingProperty: "error_message"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.error_message !== undefined){
if(!(validate62(data.error_message, {instancePath:instancePath+"/error_message",parentData:data,parentDataProperty:"error_message",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate62.errors : vErrors.concat(validate62.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.display_message === undefined){
const err4 = {instancePath,keyword:"required",params:{missingProperty: "display_message"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.display_message !== undefined){
if(!(validate62(data.display_message, {instancePath:instancePath+"/display_message",parentData:data,parentDataProperty:"display_message",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate62.errors : vErrors.concat(validate62.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.request_id !== undefined){
if(!(validate54(data.request_id, {instancePath:instancePath+"/request_id",parentData:data,parentDataProperty:"request_id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.causes !== undefined){
let data6 = data.causes;
if(Array.isArray(data6)){
const len0 = data6.length;
for(let i0=0; i0<len0; i0++){
if(!(validate68(data6[i0], {instancePath:instancePath+"/causes/" + i0,parentData:data6,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate68.errors : vErrors.concat(validate68.errors);
errors = vErrors.length;
}
}
}
else {
const err5 = {instancePath:instancePath+"/causes",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.status !== undefined){
if(!(validate108(data.status, {instancePath:instancePath+"/status",parentData:data,parentDataProperty:"status",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate108.errors : vErrors.concat(validate108.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.documentation_url !== undefined){
if(!(validate112(data.documentation_url, {instancePath:instancePath+"/documentation_url",parentData:data,parentDataProperty:"documentation_url",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate112.errors : vErrors.concat(validate112.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.suggested_action !== undefined){
if(!(validate62(data.suggested_action, {instancePath:instancePath+"/suggested_action",parentData:data,parentDataProperty:"suggested_action",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate62.errors : vErrors.concat(validate62.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.required_account_subtypes !== undefined){
let data11 = data.required_account_subtypes;
if(Array.isArray(data11)){
const len1 = data11.length;
for(let i1=0; i1<len1; i1++){
if(!(validate68(data11[i1], {instancePath:instancePath+"/required_account_subtypes/" + i1,parentData:data11,parentDataProperty:i1,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate68.errors : vErrors.concat(validate68.errors);
errors = vErrors.length;
}
}
}
else {
const err6 = {instancePath:instancePath+"/required_account_subtypes",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.provided_account_subtypes !== undefined){
let data13 = data.provided_account_subtypes;
if(Array.isArray(data13)){
const len2 = data13.length;
for(let i2=0; i2<len2; i2++){
if(!(validate68(data13[i2], {instancePath:instancePath+"/provided_account_subtypes/" + i2,parentData:data13,parentDataProperty:i2,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate68.errors : vErrors.concat(validate68.errors);
errors = vErrors.length;
}
}
}
else {
const err7 = {instancePath:instancePath+"/provided_account_subtypes",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(func3.call(schema23.allOf[12].properties, key0))){
if(!(validate68(data[key0], {instancePath:instancePath+"/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data,parentDataProperty:key0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate68.errors : vErrors.concat(validate68.errors);
errors = vErrors.length;
}
}
}
}
validate59.errors = vErrors;
return errors === 0;
}
validate59.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate58(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate58.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs0 = errors;
let valid0 = true;
const _errs1 = errors;
if(data !== null){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
var _valid0 = _errs1 === errors;
errors = _errs0;
if(vErrors !== null){
if(_errs0){
vErrors.length = _errs0;
}
else {
vErrors = null;
}
}
if(!_valid0){
const _errs3 = errors;
if(!(validate59(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate59.errors : vErrors.concat(validate59.errors);
errors = vErrors.length;
}
var _valid0 = _errs3 === errors;
valid0 = _valid0;
if(valid0){
var props0 = true;
}
}
if(!valid0){
const err1 = {instancePath,keyword:"if",params:{failingKeyword: "else"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
validate58.errors = vErrors;
evaluated0.props = props0;
return errors === 0;
}
validate58.evaluated = {"dynamicProps":true,"dynamicItems":false};


function validate53(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate53.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(data && typeof data == "object" && !Array.isArray(data))){
const err0 = {instancePath,keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.webhook_type === undefined){
const err1 = {instancePath,keyword:"required",params:{missingProperty: "webhook_type"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.webhook_type !== undefined){
if("SCREENING" !== data.webhook_type){
const err2 = {instancePath:instancePath+"/webhook_type",keyword:"const",params:{allowedValue: "SCREENING"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.webhook_code === undefined){
const err3 = {instancePath,keyword:"required",params:{missingProperty: "webhook_code"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.webhook_code !== undefined){
if(!(validate54(data.webhook_code, {instancePath:instancePath+"/webhook_code",parentData:data,parentDataProperty:"webhook_code",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.environment !== undefined){
if(!(validate54(data.environment, {instancePath:instancePath+"/environment",parentData:data,parentDataProperty:"environment",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.item_id !== undefined){
if(!(validate54(data.item_id, {instancePath:instancePath+"/item_id",parentData:data,parentDataProperty:"item_id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.error !== undefined){
if(!(validate58(data.error, {instancePath:instancePath+"/error",parentData:data,parentDataProperty:"error",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate58.errors : vErrors.concat(validate58.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.screening_id !== undefined){
if(!(validate54(data.screening_id, {instancePath:instancePath+"/screening_id",parentData:data,parentDataProperty:"screening_id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!((((((key0 === "webhook_type") || (key0 === "webhook_code")) || (key0 === "environment")) || (key0 === "item_id")) || (key0 === "error")) || (key0 === "screening_id"))){
if(!(validate68(data[key0], {instancePath:instancePath+"/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data,parentDataProperty:key0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate68.errors : vErrors.concat(validate68.errors);
errors = vErrors.length;
}
}
}
}
validate53.errors = vErrors;
return errors === 0;
}
validate53.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate122(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate122.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(data && typeof data == "object" && !Array.isArray(data))){
const err0 = {instancePath,keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.webhook_type === undefined){
const err1 = {instancePath,keyword:"required",params:{missingProperty: "webhook_type"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.webhook_type !== undefined){
if("ENTITY_SCREENING" !== data.webhook_type){
const err2 = {instancePath:instancePath+"/webhook_type",keyword:"const",params:{allowedValue: "ENTITY_SCREENING"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.webhook_code === undefined){
const err3 = {instancePath,keyword:"required",params:{missingProperty: "webhook_code"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.webhook_code !== undefined){
if(!(validate54(data.webhook_code, {instancePath:instancePath+"/webhook_code",parentData:data,parentDataProperty:"webhook_code",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.environment !== undefined){
if(!(validate54(data.environment, {instancePath:instancePath+"/environment",parentData:data,parentDataProperty:"environment",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.item_id !== undefined){
if(!(validate54(data.item_id, {instancePath:instancePath+"/item_id",parentData:data,parentDataProperty:"item_id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.error !== undefined){
if(!(validate58(data.error, {instancePath:instancePath+"/error",parentData:data,parentDataProperty:"error",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate58.errors : vErrors.concat(validate58.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.entity_screening_id !== undefined){
if(!(validate54(data.entity_screening_id, {instancePath:instancePath+"/entity_screening_id",parentData:data,parentDataProperty:"entity_screening_id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!((((((key0 === "webhook_type") || (key0 === "webhook_code")) || (key0 === "environment")) || (key0 === "item_id")) || (key0 === "error")) || (key0 === "entity_screening_id"))){
if(!(validate68(data[key0], {instancePath:instancePath+"/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data,parentDataProperty:key0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate68.errors : vErrors.concat(validate68.errors);
errors = vErrors.length;
}
}
}
}
validate122.errors = vErrors;
return errors === 0;
}
validate122.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema38 = {"type":"object","allOf":[{"required":["webhook_type"],"properties":{"webhook_type":{"const":"BEACON"}}},{"required":["webhook_code"],"properties":{"webhook_code":{"$ref":"#/$defs/d0"}}},{"properties":{"environment":{"$ref":"#/$defs/d0"}}},{"properties":{"item_id":{"$ref":"#/$defs/d0"}}},{"properties":{"error":{"$ref":"#/$defs/d15"}}},{"properties":{"beacon_user_id":{"$ref":"#/$defs/d0"}}},{"properties":{"beacon_report_id":{"$ref":"#/$defs/d0"}}},{"properties":{"beacon_report_syndication_id":{"$ref":"#/$defs/d0"}}},{"properties":{"beacon_duplicate_id":{"$ref":"#/$defs/d0"}}},{"properties":{"webhook_type":true,"webhook_code":true,"environment":true,"item_id":true,"error":true,"beacon_user_id":true,"beacon_report_id":true,"beacon_report_syndication_id":true,"beacon_duplicate_id":true},"additionalProperties":{"$ref":"#/$defs/d10"}}]};

function validate129(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate129.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(data && typeof data == "object" && !Array.isArray(data))){
const err0 = {instancePath,keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.webhook_type === undefined){
const err1 = {instancePath,keyword:"required",params:{missingProperty: "webhook_type"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.webhook_type !== undefined){
if("BEACON" !== data.webhook_type){
const err2 = {instancePath:instancePath+"/webhook_type",keyword:"const",params:{allowedValue: "BEACON"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.webhook_code === undefined){
const err3 = {instancePath,keyword:"required",params:{missingProperty: "webhook_code"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.webhook_code !== undefined){
if(!(validate54(data.webhook_code, {instancePath:instancePath+"/webhook_code",parentData:data,parentDataProperty:"webhook_code",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.environment !== undefined){
if(!(validate54(data.environment, {instancePath:instancePath+"/environment",parentData:data,parentDataProperty:"environment",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.item_id !== undefined){
if(!(validate54(data.item_id, {instancePath:instancePath+"/item_id",parentData:data,parentDataProperty:"item_id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.error !== undefined){
if(!(validate58(data.error, {instancePath:instancePath+"/error",parentData:data,parentDataProperty:"error",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate58.errors : vErrors.concat(validate58.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.beacon_user_id !== undefined){
if(!(validate54(data.beacon_user_id, {instancePath:instancePath+"/beacon_user_id",parentData:data,parentDataProperty:"beacon_user_id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.beacon_report_id !== undefined){
if(!(validate54(data.beacon_report_id, {instancePath:instancePath+"/beacon_report_id",parentData:data,parentDataProperty:"beacon_report_id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.beacon_report_syndication_id !== undefined){
if(!(validate54(data.beacon_report_syndication_id, {instancePath:instancePath+"/beacon_report_syndication_id",parentData:data,parentDataProperty:"beacon_report_syndication_id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.beacon_duplicate_id !== undefined){
if(!(validate54(data.beacon_duplicate_id, {instancePath:instancePath+"/beacon_duplicate_id",parentData:data,parentDataProperty:"beacon_duplicate_id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(func3.call(schema38.allOf[9].properties, key0))){
if(!(validate68(data[key0], {instancePath:instancePath+"/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data,parentDataProperty:key0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate68.errors : vErrors.concat(validate68.errors);
errors = vErrors.length;
}
}
}
}
validate129.errors = vErrors;
return errors === 0;
}
validate129.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate139(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate139.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(data && typeof data == "object" && !Array.isArray(data))){
const err0 = {instancePath,keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.webhook_type === undefined){
const err1 = {instancePath,keyword:"required",params:{missingProperty: "webhook_type"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.webhook_type !== undefined){
if("IDENTITY_VERIFICATION" !== data.webhook_type){
const err2 = {instancePath:instancePath+"/webhook_type",keyword:"const",params:{allowedValue: "IDENTITY_VERIFICATION"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.webhook_code === undefined){
const err3 = {instancePath,keyword:"required",params:{missingProperty: "webhook_code"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.webhook_code !== undefined){
if(!(validate54(data.webhook_code, {instancePath:instancePath+"/webhook_code",parentData:data,parentDataProperty:"webhook_code",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.environment !== undefined){
if(!(validate54(data.environment, {instancePath:instancePath+"/environment",parentData:data,parentDataProperty:"environment",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.item_id !== undefined){
if(!(validate54(data.item_id, {instancePath:instancePath+"/item_id",parentData:data,parentDataProperty:"item_id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.error !== undefined){
if(!(validate58(data.error, {instancePath:instancePath+"/error",parentData:data,parentDataProperty:"error",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate58.errors : vErrors.concat(validate58.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.identity_verification_id !== undefined){
if(!(validate54(data.identity_verification_id, {instancePath:instancePath+"/identity_verification_id",parentData:data,parentDataProperty:"identity_verification_id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!((((((key0 === "webhook_type") || (key0 === "webhook_code")) || (key0 === "environment")) || (key0 === "item_id")) || (key0 === "error")) || (key0 === "identity_verification_id"))){
if(!(validate68(data[key0], {instancePath:instancePath+"/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data,parentDataProperty:key0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate68.errors : vErrors.concat(validate68.errors);
errors = vErrors.length;
}
}
}
}
validate139.errors = vErrors;
return errors === 0;
}
validate139.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema40 = {"type":"object","allOf":[{"required":["webhook_type"],"properties":{"webhook_type":{"const":"TRANSACTIONS"}}},{"required":["webhook_code"],"properties":{"webhook_code":{"$ref":"#/$defs/d0"}}},{"properties":{"environment":{"$ref":"#/$defs/d0"}}},{"properties":{"item_id":{"$ref":"#/$defs/d0"}}},{"properties":{"error":{"$ref":"#/$defs/d15"}}},{"properties":{"removed_transactions":{"type":"array","items":{"$ref":"#/$defs/d10"}}}},{"properties":{"account_id":{"$ref":"#/$defs/d0"}}},{"properties":{"new_transactions":{"$ref":"#/$defs/d2"}}},{"properties":{"user_id":{"$ref":"#/$defs/d0"}}},{"properties":{"initial_update_complete":{"type":"boolean"}}},{"properties":{"historical_update_complete":{"type":"boolean"}}},{"properties":{"account_ids":{"type":"array","items":{"$ref":"#/$defs/d10"}}}},{"properties":{"webhook_type":true,"webhook_code":true,"environment":true,"item_id":true,"error":true,"removed_transactions":true,"account_id":true,"new_transactions":true,"user_id":true,"initial_update_complete":true,"historical_update_complete":true,"account_ids":true},"additionalProperties":{"$ref":"#/$defs/d10"}}]};

function validate146(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate146.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(data && typeof data == "object" && !Array.isArray(data))){
const err0 = {instancePath,keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.webhook_type === undefined){
const err1 = {instancePath,keyword:"required",params:{missingProperty: "webhook_type"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.webhook_type !== undefined){
if("TRANSACTIONS" !== data.webhook_type){
const err2 = {instancePath:instancePath+"/webhook_type",keyword:"const",params:{allowedValue: "TRANSACTIONS"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.webhook_code === undefined){
const err3 = {instancePath,keyword:"required",params:{missingProperty: "webhook_code"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.webhook_code !== undefined){
if(!(validate54(data.webhook_code, {instancePath:instancePath+"/webhook_code",parentData:data,parentDataProperty:"webhook_code",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.environment !== undefined){
if(!(validate54(data.environment, {instancePath:instancePath+"/environment",parentData:data,parentDataProperty:"environment",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.item_id !== undefined){
if(!(validate54(data.item_id, {instancePath:instancePath+"/item_id",parentData:data,parentDataProperty:"item_id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.error !== undefined){
if(!(validate58(data.error, {instancePath:instancePath+"/error",parentData:data,parentDataProperty:"error",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate58.errors : vErrors.concat(validate58.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.removed_transactions !== undefined){
let data5 = data.removed_transactions;
if(Array.isArray(data5)){
const len0 = data5.length;
for(let i0=0; i0<len0; i0++){
if(!(validate68(data5[i0], {instancePath:instancePath+"/removed_transactions/" + i0,parentData:data5,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate68.errors : vErrors.concat(validate68.errors);
errors = vErrors.length;
}
}
}
else {
const err4 = {instancePath:instancePath+"/removed_transactions",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.account_id !== undefined){
if(!(validate54(data.account_id, {instancePath:instancePath+"/account_id",parentData:data,parentDataProperty:"account_id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.new_transactions !== undefined){
if(!(validate70(data.new_transactions, {instancePath:instancePath+"/new_transactions",parentData:data,parentDataProperty:"new_transactions",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate70.errors : vErrors.concat(validate70.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.user_id !== undefined){
if(!(validate54(data.user_id, {instancePath:instancePath+"/user_id",parentData:data,parentDataProperty:"user_id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.initial_update_complete !== undefined){
if(typeof data.initial_update_complete !== "boolean"){
const err5 = {instancePath:instancePath+"/initial_update_complete",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.historical_update_complete !== undefined){
if(typeof data.historical_update_complete !== "boolean"){
const err6 = {instancePath:instancePath+"/historical_update_complete",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.account_ids !== undefined){
let data12 = data.account_ids;
if(Array.isArray(data12)){
const len1 = data12.length;
for(let i1=0; i1<len1; i1++){
if(!(validate68(data12[i1], {instancePath:instancePath+"/account_ids/" + i1,parentData:data12,parentDataProperty:i1,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate68.errors : vErrors.concat(validate68.errors);
errors = vErrors.length;
}
}
}
else {
const err7 = {instancePath:instancePath+"/account_ids",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(func3.call(schema40.allOf[12].properties, key0))){
if(!(validate68(data[key0], {instancePath:instancePath+"/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data,parentDataProperty:key0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate68.errors : vErrors.concat(validate68.errors);
errors = vErrors.length;
}
}
}
}
validate146.errors = vErrors;
return errors === 0;
}
validate146.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate157(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate157.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(data && typeof data == "object" && !Array.isArray(data))){
const err0 = {instancePath,keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.webhook_type === undefined){
const err1 = {instancePath,keyword:"required",params:{missingProperty: "webhook_type"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.webhook_type !== undefined){
if("IDENTITY" !== data.webhook_type){
const err2 = {instancePath:instancePath+"/webhook_type",keyword:"const",params:{allowedValue: "IDENTITY"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.webhook_code === undefined){
const err3 = {instancePath,keyword:"required",params:{missingProperty: "webhook_code"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.webhook_code !== undefined){
if(!(validate54(data.webhook_code, {instancePath:instancePath+"/webhook_code",parentData:data,parentDataProperty:"webhook_code",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.environment !== undefined){
if(!(validate54(data.environment, {instancePath:instancePath+"/environment",parentData:data,parentDataProperty:"environment",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.item_id !== undefined){
if(!(validate54(data.item_id, {instancePath:instancePath+"/item_id",parentData:data,parentDataProperty:"item_id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.error !== undefined){
if(!(validate58(data.error, {instancePath:instancePath+"/error",parentData:data,parentDataProperty:"error",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate58.errors : vErrors.concat(validate58.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.account_ids_with_updated_identity !== undefined){
let data5 = data.account_ids_with_updated_identity;
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
for(const key0 in data5){
if(!(validate72(data5[key0], {instancePath:instancePath+"/account_ids_with_updated_identity/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data5,parentDataProperty:key0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate72.errors : vErrors.concat(validate72.errors);
errors = vErrors.length;
}
}
}
else {
const err4 = {instancePath:instancePath+"/account_ids_with_updated_identity",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key1 in data){
if(!((((((key1 === "webhook_type") || (key1 === "webhook_code")) || (key1 === "environment")) || (key1 === "item_id")) || (key1 === "error")) || (key1 === "account_ids_with_updated_identity"))){
if(!(validate68(data[key1], {instancePath:instancePath+"/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data,parentDataProperty:key1,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate68.errors : vErrors.concat(validate68.errors);
errors = vErrors.length;
}
}
}
}
validate157.errors = vErrors;
return errors === 0;
}
validate157.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate164(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate164.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(data && typeof data == "object" && !Array.isArray(data))){
const err0 = {instancePath,keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.webhook_type === undefined){
const err1 = {instancePath,keyword:"required",params:{missingProperty: "webhook_type"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.webhook_type !== undefined){
if("PROCESSOR_TOKEN" !== data.webhook_type){
const err2 = {instancePath:instancePath+"/webhook_type",keyword:"const",params:{allowedValue: "PROCESSOR_TOKEN"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.webhook_code === undefined){
const err3 = {instancePath,keyword:"required",params:{missingProperty: "webhook_code"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.webhook_code !== undefined){
if(!(validate54(data.webhook_code, {instancePath:instancePath+"/webhook_code",parentData:data,parentDataProperty:"webhook_code",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.environment !== undefined){
if(!(validate54(data.environment, {instancePath:instancePath+"/environment",parentData:data,parentDataProperty:"environment",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.item_id !== undefined){
if(!(validate54(data.item_id, {instancePath:instancePath+"/item_id",parentData:data,parentDataProperty:"item_id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.error !== undefined){
if(!(validate58(data.error, {instancePath:instancePath+"/error",parentData:data,parentDataProperty:"error",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate58.errors : vErrors.concat(validate58.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.account_id !== undefined){
if(!(validate54(data.account_id, {instancePath:instancePath+"/account_id",parentData:data,parentDataProperty:"account_id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.new_webhook_url !== undefined){
if(!(validate54(data.new_webhook_url, {instancePath:instancePath+"/new_webhook_url",parentData:data,parentDataProperty:"new_webhook_url",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(((((((key0 === "webhook_type") || (key0 === "webhook_code")) || (key0 === "environment")) || (key0 === "item_id")) || (key0 === "error")) || (key0 === "account_id")) || (key0 === "new_webhook_url"))){
if(!(validate68(data[key0], {instancePath:instancePath+"/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data,parentDataProperty:key0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate68.errors : vErrors.concat(validate68.errors);
errors = vErrors.length;
}
}
}
}
validate164.errors = vErrors;
return errors === 0;
}
validate164.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema43 = {"type":"object","allOf":[{"required":["webhook_type"],"properties":{"webhook_type":{"const":"ISSUES"}}},{"required":["webhook_code"],"properties":{"webhook_code":{"$ref":"#/$defs/d0"}}},{"properties":{"environment":{"$ref":"#/$defs/d0"}}},{"properties":{"item_id":{"$ref":"#/$defs/d0"}}},{"properties":{"error":{"$ref":"#/$defs/d15"}}},{"properties":{"issue_id":{"$ref":"#/$defs/d0"}}},{"properties":{"issue_description":{"$ref":"#/$defs/d0"}}},{"properties":{"issue_resolved_at":{"$ref":"#/$defs/d23"}}},{"properties":{"institution_id":{"$ref":"#/$defs/d0"}}},{"properties":{"institution_name":{"$ref":"#/$defs/d0"}}},{"properties":{"webhook_type":true,"webhook_code":true,"environment":true,"item_id":true,"error":true,"issue_id":true,"issue_description":true,"issue_resolved_at":true,"institution_id":true,"institution_name":true},"additionalProperties":{"$ref":"#/$defs/d10"}}]};
const pattern4 = new RegExp("^[0-9]{4}-[0-9]{2}-[0-9]{2}[T ][0-9]{2}:[0-9]{2}(:[0-9]{2}(\\.[0-9]{1,9})?)?(Z|[+-][0-9]{2}(:?[0-9]{2})?)?(?![\\s\\S])", "u");

function validate179(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate179.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(typeof data === "string"){
if(func1(data) > 64){
const err0 = {instancePath,keyword:"maxLength",params:{limit: 64}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(!pattern4.test(data)){
const err1 = {instancePath,keyword:"pattern",params:{pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}[T ][0-9]{2}:[0-9]{2}(:[0-9]{2}(\\.[0-9]{1,9})?)?(Z|[+-][0-9]{2}(:?[0-9]{2})?)?(?![\\s\\S])"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
else {
const err2 = {instancePath,keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
validate179.errors = vErrors;
return errors === 0;
}
validate179.evaluated = {"dynamicProps":false,"dynamicItems":false};


function validate172(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate172.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(data && typeof data == "object" && !Array.isArray(data))){
const err0 = {instancePath,keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.webhook_type === undefined){
const err1 = {instancePath,keyword:"required",params:{missingProperty: "webhook_type"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.webhook_type !== undefined){
if("ISSUES" !== data.webhook_type){
const err2 = {instancePath:instancePath+"/webhook_type",keyword:"const",params:{allowedValue: "ISSUES"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.webhook_code === undefined){
const err3 = {instancePath,keyword:"required",params:{missingProperty: "webhook_code"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.webhook_code !== undefined){
if(!(validate54(data.webhook_code, {instancePath:instancePath+"/webhook_code",parentData:data,parentDataProperty:"webhook_code",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.environment !== undefined){
if(!(validate54(data.environment, {instancePath:instancePath+"/environment",parentData:data,parentDataProperty:"environment",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.item_id !== undefined){
if(!(validate54(data.item_id, {instancePath:instancePath+"/item_id",parentData:data,parentDataProperty:"item_id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.error !== undefined){
if(!(validate58(data.error, {instancePath:instancePath+"/error",parentData:data,parentDataProperty:"error",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate58.errors : vErrors.concat(validate58.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.issue_id !== undefined){
if(!(validate54(data.issue_id, {instancePath:instancePath+"/issue_id",parentData:data,parentDataProperty:"issue_id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.issue_description !== undefined){
if(!(validate54(data.issue_description, {instancePath:instancePath+"/issue_description",parentData:data,parentDataProperty:"issue_description",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.issue_resolved_at !== undefined){
if(!(validate179(data.issue_resolved_at, {instancePath:instancePath+"/issue_resolved_at",parentData:data,parentDataProperty:"issue_resolved_at",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate179.errors : vErrors.concat(validate179.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.institution_id !== undefined){
if(!(validate54(data.institution_id, {instancePath:instancePath+"/institution_id",parentData:data,parentDataProperty:"institution_id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.institution_name !== undefined){
if(!(validate54(data.institution_name, {instancePath:instancePath+"/institution_name",parentData:data,parentDataProperty:"institution_name",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(func3.call(schema43.allOf[10].properties, key0))){
if(!(validate68(data[key0], {instancePath:instancePath+"/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data,parentDataProperty:key0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate68.errors : vErrors.concat(validate68.errors);
errors = vErrors.length;
}
}
}
}
validate172.errors = vErrors;
return errors === 0;
}
validate172.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema45 = {"type":"object","allOf":[{"required":["webhook_type"],"properties":{"webhook_type":{"const":"AUTH"}}},{"required":["webhook_code"],"properties":{"webhook_code":{"$ref":"#/$defs/d0"}}},{"properties":{"environment":{"$ref":"#/$defs/d0"}}},{"properties":{"item_id":{"$ref":"#/$defs/d0"}}},{"properties":{"error":{"$ref":"#/$defs/d15"}}},{"properties":{"account_ids_with_new_auth":{"type":"array","items":{"$ref":"#/$defs/d10"}}}},{"properties":{"account_ids_with_updated_auth":{"type":"object","additionalProperties":{"$ref":"#/$defs/d9"}}}},{"properties":{"account_id":{"$ref":"#/$defs/d0"}}},{"properties":{"status":{"$ref":"#/$defs/d0"}}},{"properties":{"webhook_type":true,"webhook_code":true,"environment":true,"item_id":true,"error":true,"account_ids_with_new_auth":true,"account_ids_with_updated_auth":true,"account_id":true,"status":true},"additionalProperties":{"$ref":"#/$defs/d10"}}]};

function validate184(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate184.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(data && typeof data == "object" && !Array.isArray(data))){
const err0 = {instancePath,keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.webhook_type === undefined){
const err1 = {instancePath,keyword:"required",params:{missingProperty: "webhook_type"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.webhook_type !== undefined){
if("AUTH" !== data.webhook_type){
const err2 = {instancePath:instancePath+"/webhook_type",keyword:"const",params:{allowedValue: "AUTH"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.webhook_code === undefined){
const err3 = {instancePath,keyword:"required",params:{missingProperty: "webhook_code"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.webhook_code !== undefined){
if(!(validate54(data.webhook_code, {instancePath:instancePath+"/webhook_code",parentData:data,parentDataProperty:"webhook_code",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.environment !== undefined){
if(!(validate54(data.environment, {instancePath:instancePath+"/environment",parentData:data,parentDataProperty:"environment",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.item_id !== undefined){
if(!(validate54(data.item_id, {instancePath:instancePath+"/item_id",parentData:data,parentDataProperty:"item_id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.error !== undefined){
if(!(validate58(data.error, {instancePath:instancePath+"/error",parentData:data,parentDataProperty:"error",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate58.errors : vErrors.concat(validate58.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.account_ids_with_new_auth !== undefined){
let data5 = data.account_ids_with_new_auth;
if(Array.isArray(data5)){
const len0 = data5.length;
for(let i0=0; i0<len0; i0++){
if(!(validate68(data5[i0], {instancePath:instancePath+"/account_ids_with_new_auth/" + i0,parentData:data5,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate68.errors : vErrors.concat(validate68.errors);
errors = vErrors.length;
}
}
}
else {
const err4 = {instancePath:instancePath+"/account_ids_with_new_auth",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.account_ids_with_updated_auth !== undefined){
let data7 = data.account_ids_with_updated_auth;
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
for(const key0 in data7){
if(!(validate72(data7[key0], {instancePath:instancePath+"/account_ids_with_updated_auth/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data7,parentDataProperty:key0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate72.errors : vErrors.concat(validate72.errors);
errors = vErrors.length;
}
}
}
else {
const err5 = {instancePath:instancePath+"/account_ids_with_updated_auth",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.account_id !== undefined){
if(!(validate54(data.account_id, {instancePath:instancePath+"/account_id",parentData:data,parentDataProperty:"account_id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.status !== undefined){
if(!(validate54(data.status, {instancePath:instancePath+"/status",parentData:data,parentDataProperty:"status",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key1 in data){
if(!(func3.call(schema45.allOf[9].properties, key1))){
if(!(validate68(data[key1], {instancePath:instancePath+"/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data,parentDataProperty:key1,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate68.errors : vErrors.concat(validate68.errors);
errors = vErrors.length;
}
}
}
}
validate184.errors = vErrors;
return errors === 0;
}
validate184.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema46 = {"type":"object","allOf":[{"required":["webhook_type"],"properties":{"webhook_type":{"const":"ITEM"}}},{"required":["webhook_code"],"properties":{"webhook_code":{"$ref":"#/$defs/d0"}}},{"properties":{"environment":{"$ref":"#/$defs/d0"}}},{"properties":{"item_id":{"$ref":"#/$defs/d0"}}},{"properties":{"error":{"$ref":"#/$defs/d15"}}},{"properties":{"new_webhook_url":{"$ref":"#/$defs/d0"}}},{"properties":{"user_id":{"$ref":"#/$defs/d0"}}},{"properties":{"consent_expiration_time":{"$ref":"#/$defs/d23"}}},{"properties":{"reason":{"$ref":"#/$defs/d0"}}},{"properties":{"disconnect_time":{"$ref":"#/$defs/d23"}}},{"properties":{"account_id":{"$ref":"#/$defs/d0"}}},{"properties":{"webhook_type":true,"webhook_code":true,"environment":true,"item_id":true,"error":true,"new_webhook_url":true,"user_id":true,"consent_expiration_time":true,"reason":true,"disconnect_time":true,"account_id":true},"additionalProperties":{"$ref":"#/$defs/d10"}}]};

function validate194(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate194.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(data && typeof data == "object" && !Array.isArray(data))){
const err0 = {instancePath,keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.webhook_type === undefined){
const err1 = {instancePath,keyword:"required",params:{missingProperty: "webhook_type"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.webhook_type !== undefined){
if("ITEM" !== data.webhook_type){
const err2 = {instancePath:instancePath+"/webhook_type",keyword:"const",params:{allowedValue: "ITEM"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.webhook_code === undefined){
const err3 = {instancePath,keyword:"required",params:{missingProperty: "webhook_code"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.webhook_code !== undefined){
if(!(validate54(data.webhook_code, {instancePath:instancePath+"/webhook_code",parentData:data,parentDataProperty:"webhook_code",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.environment !== undefined){
if(!(validate54(data.environment, {instancePath:instancePath+"/environment",parentData:data,parentDataProperty:"environment",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.item_id !== undefined){
if(!(validate54(data.item_id, {instancePath:instancePath+"/item_id",parentData:data,parentDataProperty:"item_id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.error !== undefined){
if(!(validate58(data.error, {instancePath:instancePath+"/error",parentData:data,parentDataProperty:"error",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate58.errors : vErrors.concat(validate58.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.new_webhook_url !== undefined){
if(!(validate54(data.new_webhook_url, {instancePath:instancePath+"/new_webhook_url",parentData:data,parentDataProperty:"new_webhook_url",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.user_id !== undefined){
if(!(validate54(data.user_id, {instancePath:instancePath+"/user_id",parentData:data,parentDataProperty:"user_id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.consent_expiration_time !== undefined){
if(!(validate179(data.consent_expiration_time, {instancePath:instancePath+"/consent_expiration_time",parentData:data,parentDataProperty:"consent_expiration_time",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate179.errors : vErrors.concat(validate179.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.reason !== undefined){
if(!(validate54(data.reason, {instancePath:instancePath+"/reason",parentData:data,parentDataProperty:"reason",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.disconnect_time !== undefined){
if(!(validate179(data.disconnect_time, {instancePath:instancePath+"/disconnect_time",parentData:data,parentDataProperty:"disconnect_time",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate179.errors : vErrors.concat(validate179.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.account_id !== undefined){
if(!(validate54(data.account_id, {instancePath:instancePath+"/account_id",parentData:data,parentDataProperty:"account_id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(func3.call(schema46.allOf[11].properties, key0))){
if(!(validate68(data[key0], {instancePath:instancePath+"/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data,parentDataProperty:key0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate68.errors : vErrors.concat(validate68.errors);
errors = vErrors.length;
}
}
}
}
validate194.errors = vErrors;
return errors === 0;
}
validate194.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema47 = {"type":"object","allOf":[{"required":["webhook_type"],"properties":{"webhook_type":{"const":"INCOME"}}},{"required":["webhook_code"],"properties":{"webhook_code":{"$ref":"#/$defs/d0"}}},{"properties":{"environment":{"$ref":"#/$defs/d0"}}},{"properties":{"item_id":{"$ref":"#/$defs/d0"}}},{"properties":{"error":{"$ref":"#/$defs/d15"}}},{"properties":{"user_id":{"$ref":"#/$defs/d0"}}},{"properties":{"verification_status":{"$ref":"#/$defs/d0"}}},{"properties":{"risk_signals_status":{"$ref":"#/$defs/d0"}}},{"properties":{"result":{"$ref":"#/$defs/d0"}}},{"properties":{"webhook_type":true,"webhook_code":true,"environment":true,"item_id":true,"error":true,"user_id":true,"verification_status":true,"risk_signals_status":true,"result":true},"additionalProperties":{"$ref":"#/$defs/d10"}}]};

function validate206(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate206.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(data && typeof data == "object" && !Array.isArray(data))){
const err0 = {instancePath,keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.webhook_type === undefined){
const err1 = {instancePath,keyword:"required",params:{missingProperty: "webhook_type"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.webhook_type !== undefined){
if("INCOME" !== data.webhook_type){
const err2 = {instancePath:instancePath+"/webhook_type",keyword:"const",params:{allowedValue: "INCOME"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.webhook_code === undefined){
const err3 = {instancePath,keyword:"required",params:{missingProperty: "webhook_code"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.webhook_code !== undefined){
if(!(validate54(data.webhook_code, {instancePath:instancePath+"/webhook_code",parentData:data,parentDataProperty:"webhook_code",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.environment !== undefined){
if(!(validate54(data.environment, {instancePath:instancePath+"/environment",parentData:data,parentDataProperty:"environment",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.item_id !== undefined){
if(!(validate54(data.item_id, {instancePath:instancePath+"/item_id",parentData:data,parentDataProperty:"item_id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.error !== undefined){
if(!(validate58(data.error, {instancePath:instancePath+"/error",parentData:data,parentDataProperty:"error",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate58.errors : vErrors.concat(validate58.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.user_id !== undefined){
if(!(validate54(data.user_id, {instancePath:instancePath+"/user_id",parentData:data,parentDataProperty:"user_id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.verification_status !== undefined){
if(!(validate54(data.verification_status, {instancePath:instancePath+"/verification_status",parentData:data,parentDataProperty:"verification_status",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.risk_signals_status !== undefined){
if(!(validate54(data.risk_signals_status, {instancePath:instancePath+"/risk_signals_status",parentData:data,parentDataProperty:"risk_signals_status",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.result !== undefined){
if(!(validate54(data.result, {instancePath:instancePath+"/result",parentData:data,parentDataProperty:"result",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(func3.call(schema47.allOf[9].properties, key0))){
if(!(validate68(data[key0], {instancePath:instancePath+"/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data,parentDataProperty:key0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate68.errors : vErrors.concat(validate68.errors);
errors = vErrors.length;
}
}
}
}
validate206.errors = vErrors;
return errors === 0;
}
validate206.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate216(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate216.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(data && typeof data == "object" && !Array.isArray(data))){
const err0 = {instancePath,keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.webhook_type === undefined){
const err1 = {instancePath,keyword:"required",params:{missingProperty: "webhook_type"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.webhook_type !== undefined){
if("BANK_TRANSFERS" !== data.webhook_type){
const err2 = {instancePath:instancePath+"/webhook_type",keyword:"const",params:{allowedValue: "BANK_TRANSFERS"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.webhook_code === undefined){
const err3 = {instancePath,keyword:"required",params:{missingProperty: "webhook_code"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.webhook_code !== undefined){
if(!(validate54(data.webhook_code, {instancePath:instancePath+"/webhook_code",parentData:data,parentDataProperty:"webhook_code",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.environment !== undefined){
if(!(validate54(data.environment, {instancePath:instancePath+"/environment",parentData:data,parentDataProperty:"environment",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.item_id !== undefined){
if(!(validate54(data.item_id, {instancePath:instancePath+"/item_id",parentData:data,parentDataProperty:"item_id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.error !== undefined){
if(!(validate58(data.error, {instancePath:instancePath+"/error",parentData:data,parentDataProperty:"error",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate58.errors : vErrors.concat(validate58.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(((((key0 === "webhook_type") || (key0 === "webhook_code")) || (key0 === "environment")) || (key0 === "item_id")) || (key0 === "error"))){
if(!(validate68(data[key0], {instancePath:instancePath+"/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data,parentDataProperty:key0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate68.errors : vErrors.concat(validate68.errors);
errors = vErrors.length;
}
}
}
}
validate216.errors = vErrors;
return errors === 0;
}
validate216.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema49 = {"type":"object","allOf":[{"required":["webhook_type"],"properties":{"webhook_type":{"const":"TRANSFER"}}},{"required":["webhook_code"],"properties":{"webhook_code":{"$ref":"#/$defs/d0"}}},{"properties":{"environment":{"$ref":"#/$defs/d0"}}},{"properties":{"item_id":{"$ref":"#/$defs/d0"}}},{"properties":{"error":{"$ref":"#/$defs/d15"}}},{"properties":{"recurring_transfer_id":{"$ref":"#/$defs/d0"}}},{"properties":{"transfer_id":{"$ref":"#/$defs/d0"}}},{"properties":{"authorization_decision":{"$ref":"#/$defs/d0"}}},{"properties":{"authorization_decision_rationale_code":{"$ref":"#/$defs/d0"}}},{"properties":{"skipped_origination_date":{"$ref":"#/$defs/d0"}}},{"properties":{"originator_client_id":{"$ref":"#/$defs/d0"}}},{"properties":{"webhook_type":true,"webhook_code":true,"environment":true,"item_id":true,"error":true,"recurring_transfer_id":true,"transfer_id":true,"authorization_decision":true,"authorization_decision_rationale_code":true,"skipped_origination_date":true,"originator_client_id":true},"additionalProperties":{"$ref":"#/$defs/d10"}}]};

function validate222(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate222.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(data && typeof data == "object" && !Array.isArray(data))){
const err0 = {instancePath,keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.webhook_type === undefined){
const err1 = {instancePath,keyword:"required",params:{missingProperty: "webhook_type"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.webhook_type !== undefined){
if("TRANSFER" !== data.webhook_type){
const err2 = {instancePath:instancePath+"/webhook_type",keyword:"const",params:{allowedValue: "TRANSFER"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.webhook_code === undefined){
const err3 = {instancePath,keyword:"required",params:{missingProperty: "webhook_code"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.webhook_code !== undefined){
if(!(validate54(data.webhook_code, {instancePath:instancePath+"/webhook_code",parentData:data,parentDataProperty:"webhook_code",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.environment !== undefined){
if(!(validate54(data.environment, {instancePath:instancePath+"/environment",parentData:data,parentDataProperty:"environment",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.item_id !== undefined){
if(!(validate54(data.item_id, {instancePath:instancePath+"/item_id",parentData:data,parentDataProperty:"item_id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.error !== undefined){
if(!(validate58(data.error, {instancePath:instancePath+"/error",parentData:data,parentDataProperty:"error",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate58.errors : vErrors.concat(validate58.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.recurring_transfer_id !== undefined){
if(!(validate54(data.recurring_transfer_id, {instancePath:instancePath+"/recurring_transfer_id",parentData:data,parentDataProperty:"recurring_transfer_id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.transfer_id !== undefined){
if(!(validate54(data.transfer_id, {instancePath:instancePath+"/transfer_id",parentData:data,parentDataProperty:"transfer_id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.authorization_decision !== undefined){
if(!(validate54(data.authorization_decision, {instancePath:instancePath+"/authorization_decision",parentData:data,parentDataProperty:"authorization_decision",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.authorization_decision_rationale_code !== undefined){
if(!(validate54(data.authorization_decision_rationale_code, {instancePath:instancePath+"/authorization_decision_rationale_code",parentData:data,parentDataProperty:"authorization_decision_rationale_code",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.skipped_origination_date !== undefined){
if(!(validate54(data.skipped_origination_date, {instancePath:instancePath+"/skipped_origination_date",parentData:data,parentDataProperty:"skipped_origination_date",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.originator_client_id !== undefined){
if(!(validate54(data.originator_client_id, {instancePath:instancePath+"/originator_client_id",parentData:data,parentDataProperty:"originator_client_id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(func3.call(schema49.allOf[11].properties, key0))){
if(!(validate68(data[key0], {instancePath:instancePath+"/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data,parentDataProperty:key0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate68.errors : vErrors.concat(validate68.errors);
errors = vErrors.length;
}
}
}
}
validate222.errors = vErrors;
return errors === 0;
}
validate222.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate234(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate234.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(data && typeof data == "object" && !Array.isArray(data))){
const err0 = {instancePath,keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.webhook_type === undefined){
const err1 = {instancePath,keyword:"required",params:{missingProperty: "webhook_type"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.webhook_type !== undefined){
if("LAYER" !== data.webhook_type){
const err2 = {instancePath:instancePath+"/webhook_type",keyword:"const",params:{allowedValue: "LAYER"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.webhook_code === undefined){
const err3 = {instancePath,keyword:"required",params:{missingProperty: "webhook_code"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.webhook_code !== undefined){
if(!(validate54(data.webhook_code, {instancePath:instancePath+"/webhook_code",parentData:data,parentDataProperty:"webhook_code",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.environment !== undefined){
if(!(validate54(data.environment, {instancePath:instancePath+"/environment",parentData:data,parentDataProperty:"environment",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.item_id !== undefined){
if(!(validate54(data.item_id, {instancePath:instancePath+"/item_id",parentData:data,parentDataProperty:"item_id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.error !== undefined){
if(!(validate58(data.error, {instancePath:instancePath+"/error",parentData:data,parentDataProperty:"error",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate58.errors : vErrors.concat(validate58.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.link_session_id !== undefined){
if(!(validate54(data.link_session_id, {instancePath:instancePath+"/link_session_id",parentData:data,parentDataProperty:"link_session_id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.link_token !== undefined){
if(!(validate54(data.link_token, {instancePath:instancePath+"/link_token",parentData:data,parentDataProperty:"link_token",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(((((((key0 === "webhook_type") || (key0 === "webhook_code")) || (key0 === "environment")) || (key0 === "item_id")) || (key0 === "error")) || (key0 === "link_session_id")) || (key0 === "link_token"))){
if(!(validate68(data[key0], {instancePath:instancePath+"/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data,parentDataProperty:key0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate68.errors : vErrors.concat(validate68.errors);
errors = vErrors.length;
}
}
}
}
validate234.errors = vErrors;
return errors === 0;
}
validate234.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema51 = {"type":"object","allOf":[{"required":["webhook_type"],"properties":{"webhook_type":{"const":"PROTECT"}}},{"required":["webhook_code"],"properties":{"webhook_code":{"$ref":"#/$defs/d0"}}},{"properties":{"environment":{"$ref":"#/$defs/d0"}}},{"properties":{"item_id":{"$ref":"#/$defs/d0"}}},{"properties":{"error":{"$ref":"#/$defs/d15"}}},{"properties":{"event_id":{"$ref":"#/$defs/d0"}}},{"properties":{"event_type":{"$ref":"#/$defs/d0"}}},{"properties":{"timestamp":{"$ref":"#/$defs/d23"}}},{"properties":{"user_id":{"$ref":"#/$defs/d1"}}},{"properties":{"client_user_id":{"$ref":"#/$defs/d1"}}},{"properties":{"link_session_id":{"$ref":"#/$defs/d1"}}},{"properties":{"webhook_type":true,"webhook_code":true,"environment":true,"item_id":true,"error":true,"event_id":true,"event_type":true,"timestamp":true,"user_id":true,"client_user_id":true,"link_session_id":true},"additionalProperties":{"$ref":"#/$defs/d10"}}]};

function validate242(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate242.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(data && typeof data == "object" && !Array.isArray(data))){
const err0 = {instancePath,keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.webhook_type === undefined){
const err1 = {instancePath,keyword:"required",params:{missingProperty: "webhook_type"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.webhook_type !== undefined){
if("PROTECT" !== data.webhook_type){
const err2 = {instancePath:instancePath+"/webhook_type",keyword:"const",params:{allowedValue: "PROTECT"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.webhook_code === undefined){
const err3 = {instancePath,keyword:"required",params:{missingProperty: "webhook_code"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.webhook_code !== undefined){
if(!(validate54(data.webhook_code, {instancePath:instancePath+"/webhook_code",parentData:data,parentDataProperty:"webhook_code",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.environment !== undefined){
if(!(validate54(data.environment, {instancePath:instancePath+"/environment",parentData:data,parentDataProperty:"environment",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.item_id !== undefined){
if(!(validate54(data.item_id, {instancePath:instancePath+"/item_id",parentData:data,parentDataProperty:"item_id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.error !== undefined){
if(!(validate58(data.error, {instancePath:instancePath+"/error",parentData:data,parentDataProperty:"error",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate58.errors : vErrors.concat(validate58.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.event_id !== undefined){
if(!(validate54(data.event_id, {instancePath:instancePath+"/event_id",parentData:data,parentDataProperty:"event_id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.event_type !== undefined){
if(!(validate54(data.event_type, {instancePath:instancePath+"/event_type",parentData:data,parentDataProperty:"event_type",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.timestamp !== undefined){
if(!(validate179(data.timestamp, {instancePath:instancePath+"/timestamp",parentData:data,parentDataProperty:"timestamp",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate179.errors : vErrors.concat(validate179.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.user_id !== undefined){
if(!(validate62(data.user_id, {instancePath:instancePath+"/user_id",parentData:data,parentDataProperty:"user_id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate62.errors : vErrors.concat(validate62.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.client_user_id !== undefined){
if(!(validate62(data.client_user_id, {instancePath:instancePath+"/client_user_id",parentData:data,parentDataProperty:"client_user_id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate62.errors : vErrors.concat(validate62.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.link_session_id !== undefined){
if(!(validate62(data.link_session_id, {instancePath:instancePath+"/link_session_id",parentData:data,parentDataProperty:"link_session_id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate62.errors : vErrors.concat(validate62.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(func3.call(schema51.allOf[11].properties, key0))){
if(!(validate68(data[key0], {instancePath:instancePath+"/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data,parentDataProperty:key0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate68.errors : vErrors.concat(validate68.errors);
errors = vErrors.length;
}
}
}
}
validate242.errors = vErrors;
return errors === 0;
}
validate242.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate254(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate254.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(data && typeof data == "object" && !Array.isArray(data))){
const err0 = {instancePath,keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.webhook_type === undefined){
const err1 = {instancePath,keyword:"required",params:{missingProperty: "webhook_type"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.webhook_type !== undefined){
if("INVESTMENTS_TRANSACTIONS" !== data.webhook_type){
const err2 = {instancePath:instancePath+"/webhook_type",keyword:"const",params:{allowedValue: "INVESTMENTS_TRANSACTIONS"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.webhook_code === undefined){
const err3 = {instancePath,keyword:"required",params:{missingProperty: "webhook_code"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.webhook_code !== undefined){
if(!(validate54(data.webhook_code, {instancePath:instancePath+"/webhook_code",parentData:data,parentDataProperty:"webhook_code",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.environment !== undefined){
if(!(validate54(data.environment, {instancePath:instancePath+"/environment",parentData:data,parentDataProperty:"environment",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.item_id !== undefined){
if(!(validate54(data.item_id, {instancePath:instancePath+"/item_id",parentData:data,parentDataProperty:"item_id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.error !== undefined){
if(!(validate58(data.error, {instancePath:instancePath+"/error",parentData:data,parentDataProperty:"error",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate58.errors : vErrors.concat(validate58.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.user_id !== undefined){
if(!(validate54(data.user_id, {instancePath:instancePath+"/user_id",parentData:data,parentDataProperty:"user_id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.new_investments_transactions !== undefined){
if(!(validate70(data.new_investments_transactions, {instancePath:instancePath+"/new_investments_transactions",parentData:data,parentDataProperty:"new_investments_transactions",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate70.errors : vErrors.concat(validate70.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.cancelled_investments_transactions !== undefined){
if(!(validate70(data.cancelled_investments_transactions, {instancePath:instancePath+"/cancelled_investments_transactions",parentData:data,parentDataProperty:"cancelled_investments_transactions",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate70.errors : vErrors.concat(validate70.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!((((((((key0 === "webhook_type") || (key0 === "webhook_code")) || (key0 === "environment")) || (key0 === "item_id")) || (key0 === "error")) || (key0 === "user_id")) || (key0 === "new_investments_transactions")) || (key0 === "cancelled_investments_transactions"))){
if(!(validate68(data[key0], {instancePath:instancePath+"/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data,parentDataProperty:key0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate68.errors : vErrors.concat(validate68.errors);
errors = vErrors.length;
}
}
}
}
validate254.errors = vErrors;
return errors === 0;
}
validate254.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate263(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate263.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(data && typeof data == "object" && !Array.isArray(data))){
const err0 = {instancePath,keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.webhook_type === undefined){
const err1 = {instancePath,keyword:"required",params:{missingProperty: "webhook_type"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.webhook_type !== undefined){
if("HOLDINGS" !== data.webhook_type){
const err2 = {instancePath:instancePath+"/webhook_type",keyword:"const",params:{allowedValue: "HOLDINGS"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.webhook_code === undefined){
const err3 = {instancePath,keyword:"required",params:{missingProperty: "webhook_code"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.webhook_code !== undefined){
if(!(validate54(data.webhook_code, {instancePath:instancePath+"/webhook_code",parentData:data,parentDataProperty:"webhook_code",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.environment !== undefined){
if(!(validate54(data.environment, {instancePath:instancePath+"/environment",parentData:data,parentDataProperty:"environment",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.item_id !== undefined){
if(!(validate54(data.item_id, {instancePath:instancePath+"/item_id",parentData:data,parentDataProperty:"item_id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.error !== undefined){
if(!(validate58(data.error, {instancePath:instancePath+"/error",parentData:data,parentDataProperty:"error",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate58.errors : vErrors.concat(validate58.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.user_id !== undefined){
if(!(validate54(data.user_id, {instancePath:instancePath+"/user_id",parentData:data,parentDataProperty:"user_id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.new_holdings !== undefined){
if(!(validate70(data.new_holdings, {instancePath:instancePath+"/new_holdings",parentData:data,parentDataProperty:"new_holdings",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate70.errors : vErrors.concat(validate70.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.updated_holdings !== undefined){
if(!(validate70(data.updated_holdings, {instancePath:instancePath+"/updated_holdings",parentData:data,parentDataProperty:"updated_holdings",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate70.errors : vErrors.concat(validate70.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!((((((((key0 === "webhook_type") || (key0 === "webhook_code")) || (key0 === "environment")) || (key0 === "item_id")) || (key0 === "error")) || (key0 === "user_id")) || (key0 === "new_holdings")) || (key0 === "updated_holdings"))){
if(!(validate68(data[key0], {instancePath:instancePath+"/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data,parentDataProperty:key0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate68.errors : vErrors.concat(validate68.errors);
errors = vErrors.length;
}
}
}
}
validate263.errors = vErrors;
return errors === 0;
}
validate263.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema54 = {"type":"object","allOf":[{"required":["webhook_type"],"properties":{"webhook_type":{"const":"PARTNER"}}},{"required":["webhook_code"],"properties":{"webhook_code":{"$ref":"#/$defs/d0"}}},{"properties":{"environment":{"$ref":"#/$defs/d0"}}},{"properties":{"item_id":{"$ref":"#/$defs/d0"}}},{"properties":{"error":{"$ref":"#/$defs/d15"}}},{"properties":{"end_customer_client_id":{"$ref":"#/$defs/d0"}}},{"properties":{"institution_id":{"$ref":"#/$defs/d0"}}},{"properties":{"institution_name":{"$ref":"#/$defs/d0"}}},{"properties":{"status":{"$ref":"#/$defs/d0"}}},{"properties":{"webhook_type":true,"webhook_code":true,"environment":true,"item_id":true,"error":true,"end_customer_client_id":true,"institution_id":true,"institution_name":true,"status":true},"additionalProperties":{"$ref":"#/$defs/d10"}}]};

function validate272(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate272.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(data && typeof data == "object" && !Array.isArray(data))){
const err0 = {instancePath,keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.webhook_type === undefined){
const err1 = {instancePath,keyword:"required",params:{missingProperty: "webhook_type"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.webhook_type !== undefined){
if("PARTNER" !== data.webhook_type){
const err2 = {instancePath:instancePath+"/webhook_type",keyword:"const",params:{allowedValue: "PARTNER"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.webhook_code === undefined){
const err3 = {instancePath,keyword:"required",params:{missingProperty: "webhook_code"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.webhook_code !== undefined){
if(!(validate54(data.webhook_code, {instancePath:instancePath+"/webhook_code",parentData:data,parentDataProperty:"webhook_code",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.environment !== undefined){
if(!(validate54(data.environment, {instancePath:instancePath+"/environment",parentData:data,parentDataProperty:"environment",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.item_id !== undefined){
if(!(validate54(data.item_id, {instancePath:instancePath+"/item_id",parentData:data,parentDataProperty:"item_id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.error !== undefined){
if(!(validate58(data.error, {instancePath:instancePath+"/error",parentData:data,parentDataProperty:"error",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate58.errors : vErrors.concat(validate58.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.end_customer_client_id !== undefined){
if(!(validate54(data.end_customer_client_id, {instancePath:instancePath+"/end_customer_client_id",parentData:data,parentDataProperty:"end_customer_client_id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.institution_id !== undefined){
if(!(validate54(data.institution_id, {instancePath:instancePath+"/institution_id",parentData:data,parentDataProperty:"institution_id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.institution_name !== undefined){
if(!(validate54(data.institution_name, {instancePath:instancePath+"/institution_name",parentData:data,parentDataProperty:"institution_name",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.status !== undefined){
if(!(validate54(data.status, {instancePath:instancePath+"/status",parentData:data,parentDataProperty:"status",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(func3.call(schema54.allOf[9].properties, key0))){
if(!(validate68(data[key0], {instancePath:instancePath+"/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data,parentDataProperty:key0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate68.errors : vErrors.concat(validate68.errors);
errors = vErrors.length;
}
}
}
}
validate272.errors = vErrors;
return errors === 0;
}
validate272.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate282(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate282.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(data && typeof data == "object" && !Array.isArray(data))){
const err0 = {instancePath,keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.webhook_type === undefined){
const err1 = {instancePath,keyword:"required",params:{missingProperty: "webhook_type"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.webhook_type !== undefined){
if("LIABILITIES" !== data.webhook_type){
const err2 = {instancePath:instancePath+"/webhook_type",keyword:"const",params:{allowedValue: "LIABILITIES"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.webhook_code === undefined){
const err3 = {instancePath,keyword:"required",params:{missingProperty: "webhook_code"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.webhook_code !== undefined){
if(!(validate54(data.webhook_code, {instancePath:instancePath+"/webhook_code",parentData:data,parentDataProperty:"webhook_code",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.environment !== undefined){
if(!(validate54(data.environment, {instancePath:instancePath+"/environment",parentData:data,parentDataProperty:"environment",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.item_id !== undefined){
if(!(validate54(data.item_id, {instancePath:instancePath+"/item_id",parentData:data,parentDataProperty:"item_id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.error !== undefined){
if(!(validate58(data.error, {instancePath:instancePath+"/error",parentData:data,parentDataProperty:"error",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate58.errors : vErrors.concat(validate58.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.user_id !== undefined){
if(!(validate54(data.user_id, {instancePath:instancePath+"/user_id",parentData:data,parentDataProperty:"user_id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.account_ids_with_new_liabilities !== undefined){
let data6 = data.account_ids_with_new_liabilities;
if(Array.isArray(data6)){
const len0 = data6.length;
for(let i0=0; i0<len0; i0++){
if(!(validate68(data6[i0], {instancePath:instancePath+"/account_ids_with_new_liabilities/" + i0,parentData:data6,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate68.errors : vErrors.concat(validate68.errors);
errors = vErrors.length;
}
}
}
else {
const err4 = {instancePath:instancePath+"/account_ids_with_new_liabilities",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.account_ids_with_updated_liabilities !== undefined){
let data8 = data.account_ids_with_updated_liabilities;
if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
for(const key0 in data8){
if(!(validate72(data8[key0], {instancePath:instancePath+"/account_ids_with_updated_liabilities/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data8,parentDataProperty:key0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate72.errors : vErrors.concat(validate72.errors);
errors = vErrors.length;
}
}
}
else {
const err5 = {instancePath:instancePath+"/account_ids_with_updated_liabilities",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key1 in data){
if(!((((((((key1 === "webhook_type") || (key1 === "webhook_code")) || (key1 === "environment")) || (key1 === "item_id")) || (key1 === "error")) || (key1 === "user_id")) || (key1 === "account_ids_with_new_liabilities")) || (key1 === "account_ids_with_updated_liabilities"))){
if(!(validate68(data[key1], {instancePath:instancePath+"/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data,parentDataProperty:key1,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate68.errors : vErrors.concat(validate68.errors);
errors = vErrors.length;
}
}
}
}
validate282.errors = vErrors;
return errors === 0;
}
validate282.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema56 = {"type":"object","allOf":[{"required":["webhook_type"],"properties":{"webhook_type":{"const":"PAYMENT_INITIATION"}}},{"required":["webhook_code"],"properties":{"webhook_code":{"$ref":"#/$defs/d0"}}},{"properties":{"environment":{"$ref":"#/$defs/d0"}}},{"properties":{"item_id":{"$ref":"#/$defs/d0"}}},{"properties":{"error":{"$ref":"#/$defs/d15"}}},{"properties":{"payment_id":{"$ref":"#/$defs/d0"}}},{"properties":{"transaction_id":{"$ref":"#/$defs/d1"}}},{"properties":{"new_payment_status":{"$ref":"#/$defs/d0"}}},{"properties":{"old_payment_status":{"$ref":"#/$defs/d0"}}},{"properties":{"original_reference":{"$ref":"#/$defs/d1"}}},{"properties":{"adjusted_reference":{"$ref":"#/$defs/d1"}}},{"properties":{"original_start_date":{"$ref":"#/$defs/d1"}}},{"properties":{"adjusted_start_date":{"$ref":"#/$defs/d1"}}},{"properties":{"timestamp":{"$ref":"#/$defs/d23"}}},{"properties":{"consent_id":{"$ref":"#/$defs/d0"}}},{"properties":{"old_status":{"$ref":"#/$defs/d0"}}},{"properties":{"new_status":{"$ref":"#/$defs/d0"}}},{"properties":{"webhook_type":true,"webhook_code":true,"environment":true,"item_id":true,"error":true,"payment_id":true,"transaction_id":true,"new_payment_status":true,"old_payment_status":true,"original_reference":true,"adjusted_reference":true,"original_start_date":true,"adjusted_start_date":true,"timestamp":true,"consent_id":true,"old_status":true,"new_status":true},"additionalProperties":{"$ref":"#/$defs/d10"}}]};

function validate291(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate291.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(data && typeof data == "object" && !Array.isArray(data))){
const err0 = {instancePath,keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.webhook_type === undefined){
const err1 = {instancePath,keyword:"required",params:{missingProperty: "webhook_type"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.webhook_type !== undefined){
if("PAYMENT_INITIATION" !== data.webhook_type){
const err2 = {instancePath:instancePath+"/webhook_type",keyword:"const",params:{allowedValue: "PAYMENT_INITIATION"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.webhook_code === undefined){
const err3 = {instancePath,keyword:"required",params:{missingProperty: "webhook_code"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.webhook_code !== undefined){
if(!(validate54(data.webhook_code, {instancePath:instancePath+"/webhook_code",parentData:data,parentDataProperty:"webhook_code",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.environment !== undefined){
if(!(validate54(data.environment, {instancePath:instancePath+"/environment",parentData:data,parentDataProperty:"environment",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.item_id !== undefined){
if(!(validate54(data.item_id, {instancePath:instancePath+"/item_id",parentData:data,parentDataProperty:"item_id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.error !== undefined){
if(!(validate58(data.error, {instancePath:instancePath+"/error",parentData:data,parentDataProperty:"error",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate58.errors : vErrors.concat(validate58.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.payment_id !== undefined){
if(!(validate54(data.payment_id, {instancePath:instancePath+"/payment_id",parentData:data,parentDataProperty:"payment_id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.transaction_id !== undefined){
if(!(validate62(data.transaction_id, {instancePath:instancePath+"/transaction_id",parentData:data,parentDataProperty:"transaction_id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate62.errors : vErrors.concat(validate62.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.new_payment_status !== undefined){
if(!(validate54(data.new_payment_status, {instancePath:instancePath+"/new_payment_status",parentData:data,parentDataProperty:"new_payment_status",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.old_payment_status !== undefined){
if(!(validate54(data.old_payment_status, {instancePath:instancePath+"/old_payment_status",parentData:data,parentDataProperty:"old_payment_status",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.original_reference !== undefined){
if(!(validate62(data.original_reference, {instancePath:instancePath+"/original_reference",parentData:data,parentDataProperty:"original_reference",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate62.errors : vErrors.concat(validate62.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.adjusted_reference !== undefined){
if(!(validate62(data.adjusted_reference, {instancePath:instancePath+"/adjusted_reference",parentData:data,parentDataProperty:"adjusted_reference",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate62.errors : vErrors.concat(validate62.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.original_start_date !== undefined){
if(!(validate62(data.original_start_date, {instancePath:instancePath+"/original_start_date",parentData:data,parentDataProperty:"original_start_date",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate62.errors : vErrors.concat(validate62.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.adjusted_start_date !== undefined){
if(!(validate62(data.adjusted_start_date, {instancePath:instancePath+"/adjusted_start_date",parentData:data,parentDataProperty:"adjusted_start_date",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate62.errors : vErrors.concat(validate62.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.timestamp !== undefined){
if(!(validate179(data.timestamp, {instancePath:instancePath+"/timestamp",parentData:data,parentDataProperty:"timestamp",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate179.errors : vErrors.concat(validate179.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.consent_id !== undefined){
if(!(validate54(data.consent_id, {instancePath:instancePath+"/consent_id",parentData:data,parentDataProperty:"consent_id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.old_status !== undefined){
if(!(validate54(data.old_status, {instancePath:instancePath+"/old_status",parentData:data,parentDataProperty:"old_status",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.new_status !== undefined){
if(!(validate54(data.new_status, {instancePath:instancePath+"/new_status",parentData:data,parentDataProperty:"new_status",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(func3.call(schema56.allOf[17].properties, key0))){
if(!(validate68(data[key0], {instancePath:instancePath+"/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data,parentDataProperty:key0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate68.errors : vErrors.concat(validate68.errors);
errors = vErrors.length;
}
}
}
}
validate291.errors = vErrors;
return errors === 0;
}
validate291.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema57 = {"type":"object","allOf":[{"required":["webhook_type"],"properties":{"webhook_type":{"const":"WALLET"}}},{"required":["webhook_code"],"properties":{"webhook_code":{"$ref":"#/$defs/d0"}}},{"properties":{"environment":{"$ref":"#/$defs/d0"}}},{"properties":{"item_id":{"$ref":"#/$defs/d0"}}},{"properties":{"error":{"$ref":"#/$defs/d15"}}},{"properties":{"transaction_id":{"$ref":"#/$defs/d0"}}},{"properties":{"payment_id":{"$ref":"#/$defs/d1"}}},{"properties":{"wallet_id":{"$ref":"#/$defs/d0"}}},{"properties":{"new_status":{"$ref":"#/$defs/d0"}}},{"properties":{"old_status":{"$ref":"#/$defs/d0"}}},{"properties":{"failure_reason":{"$ref":"#/$defs/d1"}}},{"properties":{"timestamp":{"$ref":"#/$defs/d23"}}},{"properties":{"webhook_type":true,"webhook_code":true,"environment":true,"item_id":true,"error":true,"transaction_id":true,"payment_id":true,"wallet_id":true,"new_status":true,"old_status":true,"failure_reason":true,"timestamp":true},"additionalProperties":{"$ref":"#/$defs/d10"}}]};

function validate309(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate309.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(data && typeof data == "object" && !Array.isArray(data))){
const err0 = {instancePath,keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.webhook_type === undefined){
const err1 = {instancePath,keyword:"required",params:{missingProperty: "webhook_type"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.webhook_type !== undefined){
if("WALLET" !== data.webhook_type){
const err2 = {instancePath:instancePath+"/webhook_type",keyword:"const",params:{allowedValue: "WALLET"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.webhook_code === undefined){
const err3 = {instancePath,keyword:"required",params:{missingProperty: "webhook_code"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.webhook_code !== undefined){
if(!(validate54(data.webhook_code, {instancePath:instancePath+"/webhook_code",parentData:data,parentDataProperty:"webhook_code",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.environment !== undefined){
if(!(validate54(data.environment, {instancePath:instancePath+"/environment",parentData:data,parentDataProperty:"environment",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.item_id !== undefined){
if(!(validate54(data.item_id, {instancePath:instancePath+"/item_id",parentData:data,parentDataProperty:"item_id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.error !== undefined){
if(!(validate58(data.error, {instancePath:instancePath+"/error",parentData:data,parentDataProperty:"error",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate58.errors : vErrors.concat(validate58.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.transaction_id !== undefined){
if(!(validate54(data.transaction_id, {instancePath:instancePath+"/transaction_id",parentData:data,parentDataProperty:"transaction_id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.payment_id !== undefined){
if(!(validate62(data.payment_id, {instancePath:instancePath+"/payment_id",parentData:data,parentDataProperty:"payment_id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate62.errors : vErrors.concat(validate62.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.wallet_id !== undefined){
if(!(validate54(data.wallet_id, {instancePath:instancePath+"/wallet_id",parentData:data,parentDataProperty:"wallet_id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.new_status !== undefined){
if(!(validate54(data.new_status, {instancePath:instancePath+"/new_status",parentData:data,parentDataProperty:"new_status",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.old_status !== undefined){
if(!(validate54(data.old_status, {instancePath:instancePath+"/old_status",parentData:data,parentDataProperty:"old_status",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.failure_reason !== undefined){
if(!(validate62(data.failure_reason, {instancePath:instancePath+"/failure_reason",parentData:data,parentDataProperty:"failure_reason",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate62.errors : vErrors.concat(validate62.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.timestamp !== undefined){
if(!(validate179(data.timestamp, {instancePath:instancePath+"/timestamp",parentData:data,parentDataProperty:"timestamp",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate179.errors : vErrors.concat(validate179.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(func3.call(schema57.allOf[12].properties, key0))){
if(!(validate68(data[key0], {instancePath:instancePath+"/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data,parentDataProperty:key0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate68.errors : vErrors.concat(validate68.errors);
errors = vErrors.length;
}
}
}
}
validate309.errors = vErrors;
return errors === 0;
}
validate309.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema58 = {"type":"object","allOf":[{"required":["webhook_type"],"properties":{"webhook_type":{"const":"LINK_DELIVERY"}}},{"required":["webhook_code"],"properties":{"webhook_code":{"$ref":"#/$defs/d0"}}},{"properties":{"environment":{"$ref":"#/$defs/d0"}}},{"properties":{"item_id":{"$ref":"#/$defs/d0"}}},{"properties":{"error":{"$ref":"#/$defs/d15"}}},{"properties":{"link_delivery_session_id":{"$ref":"#/$defs/d0"}}},{"properties":{"timestamp":{"$ref":"#/$defs/d0"}}},{"properties":{"link_delivery_metadata":{"type":"object","additionalProperties":{"$ref":"#/$defs/d9"}}}},{"properties":{"link_callback_metadata":{"type":"object","additionalProperties":{"$ref":"#/$defs/d9"}}}},{"properties":{"webhook_type":true,"webhook_code":true,"environment":true,"item_id":true,"error":true,"link_delivery_session_id":true,"timestamp":true,"link_delivery_metadata":true,"link_callback_metadata":true},"additionalProperties":{"$ref":"#/$defs/d10"}}]};

function validate322(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate322.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(data && typeof data == "object" && !Array.isArray(data))){
const err0 = {instancePath,keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.webhook_type === undefined){
const err1 = {instancePath,keyword:"required",params:{missingProperty: "webhook_type"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.webhook_type !== undefined){
if("LINK_DELIVERY" !== data.webhook_type){
const err2 = {instancePath:instancePath+"/webhook_type",keyword:"const",params:{allowedValue: "LINK_DELIVERY"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.webhook_code === undefined){
const err3 = {instancePath,keyword:"required",params:{missingProperty: "webhook_code"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.webhook_code !== undefined){
if(!(validate54(data.webhook_code, {instancePath:instancePath+"/webhook_code",parentData:data,parentDataProperty:"webhook_code",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.environment !== undefined){
if(!(validate54(data.environment, {instancePath:instancePath+"/environment",parentData:data,parentDataProperty:"environment",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.item_id !== undefined){
if(!(validate54(data.item_id, {instancePath:instancePath+"/item_id",parentData:data,parentDataProperty:"item_id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.error !== undefined){
if(!(validate58(data.error, {instancePath:instancePath+"/error",parentData:data,parentDataProperty:"error",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate58.errors : vErrors.concat(validate58.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.link_delivery_session_id !== undefined){
if(!(validate54(data.link_delivery_session_id, {instancePath:instancePath+"/link_delivery_session_id",parentData:data,parentDataProperty:"link_delivery_session_id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.timestamp !== undefined){
if(!(validate54(data.timestamp, {instancePath:instancePath+"/timestamp",parentData:data,parentDataProperty:"timestamp",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.link_delivery_metadata !== undefined){
let data7 = data.link_delivery_metadata;
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
for(const key0 in data7){
if(!(validate72(data7[key0], {instancePath:instancePath+"/link_delivery_metadata/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data7,parentDataProperty:key0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate72.errors : vErrors.concat(validate72.errors);
errors = vErrors.length;
}
}
}
else {
const err4 = {instancePath:instancePath+"/link_delivery_metadata",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.link_callback_metadata !== undefined){
let data9 = data.link_callback_metadata;
if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
for(const key1 in data9){
if(!(validate72(data9[key1], {instancePath:instancePath+"/link_callback_metadata/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data9,parentDataProperty:key1,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate72.errors : vErrors.concat(validate72.errors);
errors = vErrors.length;
}
}
}
else {
const err5 = {instancePath:instancePath+"/link_callback_metadata",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key2 in data){
if(!(func3.call(schema58.allOf[9].properties, key2))){
if(!(validate68(data[key2], {instancePath:instancePath+"/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data,parentDataProperty:key2,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate68.errors : vErrors.concat(validate68.errors);
errors = vErrors.length;
}
}
}
}
validate322.errors = vErrors;
return errors === 0;
}
validate322.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate332(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate332.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(data && typeof data == "object" && !Array.isArray(data))){
const err0 = {instancePath,keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.webhook_type === undefined){
const err1 = {instancePath,keyword:"required",params:{missingProperty: "webhook_type"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.webhook_type !== undefined){
if("STATEMENTS" !== data.webhook_type){
const err2 = {instancePath:instancePath+"/webhook_type",keyword:"const",params:{allowedValue: "STATEMENTS"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.webhook_code === undefined){
const err3 = {instancePath,keyword:"required",params:{missingProperty: "webhook_code"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.webhook_code !== undefined){
if(!(validate54(data.webhook_code, {instancePath:instancePath+"/webhook_code",parentData:data,parentDataProperty:"webhook_code",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.environment !== undefined){
if(!(validate54(data.environment, {instancePath:instancePath+"/environment",parentData:data,parentDataProperty:"environment",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.item_id !== undefined){
if(!(validate54(data.item_id, {instancePath:instancePath+"/item_id",parentData:data,parentDataProperty:"item_id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.error !== undefined){
if(!(validate58(data.error, {instancePath:instancePath+"/error",parentData:data,parentDataProperty:"error",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate58.errors : vErrors.concat(validate58.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.result !== undefined){
if(!(validate54(data.result, {instancePath:instancePath+"/result",parentData:data,parentDataProperty:"result",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!((((((key0 === "webhook_type") || (key0 === "webhook_code")) || (key0 === "environment")) || (key0 === "item_id")) || (key0 === "error")) || (key0 === "result"))){
if(!(validate68(data[key0], {instancePath:instancePath+"/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data,parentDataProperty:key0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate68.errors : vErrors.concat(validate68.errors);
errors = vErrors.length;
}
}
}
}
validate332.errors = vErrors;
return errors === 0;
}
validate332.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate339(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate339.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(data && typeof data == "object" && !Array.isArray(data))){
const err0 = {instancePath,keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.webhook_type === undefined){
const err1 = {instancePath,keyword:"required",params:{missingProperty: "webhook_type"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.webhook_type !== undefined){
if("CASH_FLOW_UPDATES" !== data.webhook_type){
const err2 = {instancePath:instancePath+"/webhook_type",keyword:"const",params:{allowedValue: "CASH_FLOW_UPDATES"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.webhook_code === undefined){
const err3 = {instancePath,keyword:"required",params:{missingProperty: "webhook_code"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.webhook_code !== undefined){
if(!(validate54(data.webhook_code, {instancePath:instancePath+"/webhook_code",parentData:data,parentDataProperty:"webhook_code",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.environment !== undefined){
if(!(validate54(data.environment, {instancePath:instancePath+"/environment",parentData:data,parentDataProperty:"environment",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.item_id !== undefined){
if(!(validate54(data.item_id, {instancePath:instancePath+"/item_id",parentData:data,parentDataProperty:"item_id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.error !== undefined){
if(!(validate58(data.error, {instancePath:instancePath+"/error",parentData:data,parentDataProperty:"error",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate58.errors : vErrors.concat(validate58.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.status !== undefined){
if(!(validate54(data.status, {instancePath:instancePath+"/status",parentData:data,parentDataProperty:"status",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.user_id !== undefined){
if(!(validate54(data.user_id, {instancePath:instancePath+"/user_id",parentData:data,parentDataProperty:"user_id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.insights !== undefined){
let data7 = data.insights;
if(Array.isArray(data7)){
const len0 = data7.length;
for(let i0=0; i0<len0; i0++){
if(!(validate68(data7[i0], {instancePath:instancePath+"/insights/" + i0,parentData:data7,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate68.errors : vErrors.concat(validate68.errors);
errors = vErrors.length;
}
}
}
else {
const err4 = {instancePath:instancePath+"/insights",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!((((((((key0 === "webhook_type") || (key0 === "webhook_code")) || (key0 === "environment")) || (key0 === "item_id")) || (key0 === "error")) || (key0 === "status")) || (key0 === "user_id")) || (key0 === "insights"))){
if(!(validate68(data[key0], {instancePath:instancePath+"/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data,parentDataProperty:key0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate68.errors : vErrors.concat(validate68.errors);
errors = vErrors.length;
}
}
}
}
validate339.errors = vErrors;
return errors === 0;
}
validate339.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate348(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate348.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(data && typeof data == "object" && !Array.isArray(data))){
const err0 = {instancePath,keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.webhook_type === undefined){
const err1 = {instancePath,keyword:"required",params:{missingProperty: "webhook_type"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.webhook_type !== undefined){
if("BASE_REPORT" !== data.webhook_type){
const err2 = {instancePath:instancePath+"/webhook_type",keyword:"const",params:{allowedValue: "BASE_REPORT"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.webhook_code === undefined){
const err3 = {instancePath,keyword:"required",params:{missingProperty: "webhook_code"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.webhook_code !== undefined){
if(!(validate54(data.webhook_code, {instancePath:instancePath+"/webhook_code",parentData:data,parentDataProperty:"webhook_code",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.environment !== undefined){
if(!(validate54(data.environment, {instancePath:instancePath+"/environment",parentData:data,parentDataProperty:"environment",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.item_id !== undefined){
if(!(validate54(data.item_id, {instancePath:instancePath+"/item_id",parentData:data,parentDataProperty:"item_id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.error !== undefined){
if(!(validate58(data.error, {instancePath:instancePath+"/error",parentData:data,parentDataProperty:"error",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate58.errors : vErrors.concat(validate58.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.user_id !== undefined){
if(!(validate54(data.user_id, {instancePath:instancePath+"/user_id",parentData:data,parentDataProperty:"user_id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!((((((key0 === "webhook_type") || (key0 === "webhook_code")) || (key0 === "environment")) || (key0 === "item_id")) || (key0 === "error")) || (key0 === "user_id"))){
if(!(validate68(data[key0], {instancePath:instancePath+"/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data,parentDataProperty:key0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate68.errors : vErrors.concat(validate68.errors);
errors = vErrors.length;
}
}
}
}
validate348.errors = vErrors;
return errors === 0;
}
validate348.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate355(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate355.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(data && typeof data == "object" && !Array.isArray(data))){
const err0 = {instancePath,keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.webhook_type === undefined){
const err1 = {instancePath,keyword:"required",params:{missingProperty: "webhook_type"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.webhook_type !== undefined){
if("CRA_INCOME" !== data.webhook_type){
const err2 = {instancePath:instancePath+"/webhook_type",keyword:"const",params:{allowedValue: "CRA_INCOME"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.webhook_code === undefined){
const err3 = {instancePath,keyword:"required",params:{missingProperty: "webhook_code"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.webhook_code !== undefined){
if(!(validate54(data.webhook_code, {instancePath:instancePath+"/webhook_code",parentData:data,parentDataProperty:"webhook_code",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.environment !== undefined){
if(!(validate54(data.environment, {instancePath:instancePath+"/environment",parentData:data,parentDataProperty:"environment",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.item_id !== undefined){
if(!(validate54(data.item_id, {instancePath:instancePath+"/item_id",parentData:data,parentDataProperty:"item_id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.error !== undefined){
if(!(validate58(data.error, {instancePath:instancePath+"/error",parentData:data,parentDataProperty:"error",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate58.errors : vErrors.concat(validate58.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.user_id !== undefined){
if(!(validate54(data.user_id, {instancePath:instancePath+"/user_id",parentData:data,parentDataProperty:"user_id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.result !== undefined){
if(!(validate54(data.result, {instancePath:instancePath+"/result",parentData:data,parentDataProperty:"result",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(((((((key0 === "webhook_type") || (key0 === "webhook_code")) || (key0 === "environment")) || (key0 === "item_id")) || (key0 === "error")) || (key0 === "user_id")) || (key0 === "result"))){
if(!(validate68(data[key0], {instancePath:instancePath+"/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data,parentDataProperty:key0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate68.errors : vErrors.concat(validate68.errors);
errors = vErrors.length;
}
}
}
}
validate355.errors = vErrors;
return errors === 0;
}
validate355.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema63 = {"type":"object","allOf":[{"required":["webhook_type"],"properties":{"webhook_type":{"const":"CHECK_REPORT"}}},{"required":["webhook_code"],"properties":{"webhook_code":{"$ref":"#/$defs/d0"}}},{"properties":{"environment":{"$ref":"#/$defs/d0"}}},{"properties":{"item_id":{"$ref":"#/$defs/d0"}}},{"properties":{"error":{"$ref":"#/$defs/d15"}}},{"properties":{"user_id":{"$ref":"#/$defs/d0"}}},{"properties":{"successful_products":{"$ref":"#/$defs/d43"}}},{"properties":{"failed_products":{"$ref":"#/$defs/d43"}}},{"properties":{"item_ids":{"$ref":"#/$defs/d43"}}},{"properties":{"webhook_type":true,"webhook_code":true,"environment":true,"item_id":true,"error":true,"user_id":true,"successful_products":true,"failed_products":true,"item_ids":true},"additionalProperties":{"$ref":"#/$defs/d10"}}]};

function validate369(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate369.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs0 = errors;
let valid0 = true;
const _errs1 = errors;
if(data !== null){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
var _valid0 = _errs1 === errors;
errors = _errs0;
if(vErrors !== null){
if(_errs0){
vErrors.length = _errs0;
}
else {
vErrors = null;
}
}
if(!_valid0){
const _errs3 = errors;
if(Array.isArray(data)){
const len0 = data.length;
for(let i0=0; i0<len0; i0++){
if(!(validate68(data[i0], {instancePath:instancePath+"/" + i0,parentData:data,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate68.errors : vErrors.concat(validate68.errors);
errors = vErrors.length;
}
}
}
else {
const err1 = {instancePath,keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
var _valid0 = _errs3 === errors;
valid0 = _valid0;
if(valid0){
var items1 = true;
}
}
if(!valid0){
const err2 = {instancePath,keyword:"if",params:{failingKeyword: "else"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
validate369.errors = vErrors;
evaluated0.items = items1;
return errors === 0;
}
validate369.evaluated = {"dynamicProps":false,"dynamicItems":true};


function validate363(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate363.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(data && typeof data == "object" && !Array.isArray(data))){
const err0 = {instancePath,keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.webhook_type === undefined){
const err1 = {instancePath,keyword:"required",params:{missingProperty: "webhook_type"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.webhook_type !== undefined){
if("CHECK_REPORT" !== data.webhook_type){
const err2 = {instancePath:instancePath+"/webhook_type",keyword:"const",params:{allowedValue: "CHECK_REPORT"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.webhook_code === undefined){
const err3 = {instancePath,keyword:"required",params:{missingProperty: "webhook_code"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.webhook_code !== undefined){
if(!(validate54(data.webhook_code, {instancePath:instancePath+"/webhook_code",parentData:data,parentDataProperty:"webhook_code",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.environment !== undefined){
if(!(validate54(data.environment, {instancePath:instancePath+"/environment",parentData:data,parentDataProperty:"environment",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.item_id !== undefined){
if(!(validate54(data.item_id, {instancePath:instancePath+"/item_id",parentData:data,parentDataProperty:"item_id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.error !== undefined){
if(!(validate58(data.error, {instancePath:instancePath+"/error",parentData:data,parentDataProperty:"error",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate58.errors : vErrors.concat(validate58.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.user_id !== undefined){
if(!(validate54(data.user_id, {instancePath:instancePath+"/user_id",parentData:data,parentDataProperty:"user_id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.successful_products !== undefined){
if(!(validate369(data.successful_products, {instancePath:instancePath+"/successful_products",parentData:data,parentDataProperty:"successful_products",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate369.errors : vErrors.concat(validate369.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.failed_products !== undefined){
if(!(validate369(data.failed_products, {instancePath:instancePath+"/failed_products",parentData:data,parentDataProperty:"failed_products",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate369.errors : vErrors.concat(validate369.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.item_ids !== undefined){
if(!(validate369(data.item_ids, {instancePath:instancePath+"/item_ids",parentData:data,parentDataProperty:"item_ids",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate369.errors : vErrors.concat(validate369.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(func3.call(schema63.allOf[9].properties, key0))){
if(!(validate68(data[key0], {instancePath:instancePath+"/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data,parentDataProperty:key0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate68.errors : vErrors.concat(validate68.errors);
errors = vErrors.length;
}
}
}
}
validate363.errors = vErrors;
return errors === 0;
}
validate363.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate375(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate375.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(data && typeof data == "object" && !Array.isArray(data))){
const err0 = {instancePath,keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.webhook_type === undefined){
const err1 = {instancePath,keyword:"required",params:{missingProperty: "webhook_type"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.webhook_type !== undefined){
if("CRA_INSIGHTS" !== data.webhook_type){
const err2 = {instancePath:instancePath+"/webhook_type",keyword:"const",params:{allowedValue: "CRA_INSIGHTS"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.webhook_code === undefined){
const err3 = {instancePath,keyword:"required",params:{missingProperty: "webhook_code"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.webhook_code !== undefined){
if(!(validate54(data.webhook_code, {instancePath:instancePath+"/webhook_code",parentData:data,parentDataProperty:"webhook_code",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.environment !== undefined){
if(!(validate54(data.environment, {instancePath:instancePath+"/environment",parentData:data,parentDataProperty:"environment",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.item_id !== undefined){
if(!(validate54(data.item_id, {instancePath:instancePath+"/item_id",parentData:data,parentDataProperty:"item_id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.error !== undefined){
if(!(validate58(data.error, {instancePath:instancePath+"/error",parentData:data,parentDataProperty:"error",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate58.errors : vErrors.concat(validate58.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.user_id !== undefined){
if(!(validate54(data.user_id, {instancePath:instancePath+"/user_id",parentData:data,parentDataProperty:"user_id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!((((((key0 === "webhook_type") || (key0 === "webhook_code")) || (key0 === "environment")) || (key0 === "item_id")) || (key0 === "error")) || (key0 === "user_id"))){
if(!(validate68(data[key0], {instancePath:instancePath+"/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data,parentDataProperty:key0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate68.errors : vErrors.concat(validate68.errors);
errors = vErrors.length;
}
}
}
}
validate375.errors = vErrors;
return errors === 0;
}
validate375.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema66 = {"type":"object","allOf":[{"required":["webhook_type"],"properties":{"webhook_type":{"const":"LINK"}}},{"required":["webhook_code"],"properties":{"webhook_code":{"$ref":"#/$defs/d0"}}},{"properties":{"environment":{"$ref":"#/$defs/d0"}}},{"properties":{"item_id":{"$ref":"#/$defs/d0"}}},{"properties":{"error":{"$ref":"#/$defs/d15"}}},{"properties":{"events":{"type":"array","items":{"$ref":"#/$defs/d10"}}}},{"properties":{"link_session_id":{"$ref":"#/$defs/d0"}}},{"properties":{"link_token":{"$ref":"#/$defs/d0"}}},{"properties":{"public_token":{"$ref":"#/$defs/d0"}}},{"properties":{"status":{"$ref":"#/$defs/d0"}}},{"properties":{"public_tokens":{"type":"array","items":{"$ref":"#/$defs/d10"}}}},{"properties":{"user_id":{"$ref":"#/$defs/d0"}}},{"properties":{"webhook_type":true,"webhook_code":true,"environment":true,"item_id":true,"error":true,"events":true,"link_session_id":true,"link_token":true,"public_token":true,"status":true,"public_tokens":true,"user_id":true},"additionalProperties":{"$ref":"#/$defs/d10"}}]};

function validate382(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate382.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(data && typeof data == "object" && !Array.isArray(data))){
const err0 = {instancePath,keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.webhook_type === undefined){
const err1 = {instancePath,keyword:"required",params:{missingProperty: "webhook_type"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.webhook_type !== undefined){
if("LINK" !== data.webhook_type){
const err2 = {instancePath:instancePath+"/webhook_type",keyword:"const",params:{allowedValue: "LINK"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.webhook_code === undefined){
const err3 = {instancePath,keyword:"required",params:{missingProperty: "webhook_code"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.webhook_code !== undefined){
if(!(validate54(data.webhook_code, {instancePath:instancePath+"/webhook_code",parentData:data,parentDataProperty:"webhook_code",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.environment !== undefined){
if(!(validate54(data.environment, {instancePath:instancePath+"/environment",parentData:data,parentDataProperty:"environment",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.item_id !== undefined){
if(!(validate54(data.item_id, {instancePath:instancePath+"/item_id",parentData:data,parentDataProperty:"item_id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.error !== undefined){
if(!(validate58(data.error, {instancePath:instancePath+"/error",parentData:data,parentDataProperty:"error",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate58.errors : vErrors.concat(validate58.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.events !== undefined){
let data5 = data.events;
if(Array.isArray(data5)){
const len0 = data5.length;
for(let i0=0; i0<len0; i0++){
if(!(validate68(data5[i0], {instancePath:instancePath+"/events/" + i0,parentData:data5,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate68.errors : vErrors.concat(validate68.errors);
errors = vErrors.length;
}
}
}
else {
const err4 = {instancePath:instancePath+"/events",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.link_session_id !== undefined){
if(!(validate54(data.link_session_id, {instancePath:instancePath+"/link_session_id",parentData:data,parentDataProperty:"link_session_id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.link_token !== undefined){
if(!(validate54(data.link_token, {instancePath:instancePath+"/link_token",parentData:data,parentDataProperty:"link_token",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.public_token !== undefined){
if(!(validate54(data.public_token, {instancePath:instancePath+"/public_token",parentData:data,parentDataProperty:"public_token",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.status !== undefined){
if(!(validate54(data.status, {instancePath:instancePath+"/status",parentData:data,parentDataProperty:"status",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.public_tokens !== undefined){
let data11 = data.public_tokens;
if(Array.isArray(data11)){
const len1 = data11.length;
for(let i1=0; i1<len1; i1++){
if(!(validate68(data11[i1], {instancePath:instancePath+"/public_tokens/" + i1,parentData:data11,parentDataProperty:i1,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate68.errors : vErrors.concat(validate68.errors);
errors = vErrors.length;
}
}
}
else {
const err5 = {instancePath:instancePath+"/public_tokens",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.user_id !== undefined){
if(!(validate54(data.user_id, {instancePath:instancePath+"/user_id",parentData:data,parentDataProperty:"user_id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(func3.call(schema66.allOf[12].properties, key0))){
if(!(validate68(data[key0], {instancePath:instancePath+"/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data,parentDataProperty:key0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate68.errors : vErrors.concat(validate68.errors);
errors = vErrors.length;
}
}
}
}
validate382.errors = vErrors;
return errors === 0;
}
validate382.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate395(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate395.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(data && typeof data == "object" && !Array.isArray(data))){
const err0 = {instancePath,keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.webhook_type === undefined){
const err1 = {instancePath,keyword:"required",params:{missingProperty: "webhook_type"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.webhook_type !== undefined){
if("DASHBOARD_CONFIGURED_ALERT" !== data.webhook_type){
const err2 = {instancePath:instancePath+"/webhook_type",keyword:"const",params:{allowedValue: "DASHBOARD_CONFIGURED_ALERT"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.webhook_code === undefined){
const err3 = {instancePath,keyword:"required",params:{missingProperty: "webhook_code"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.webhook_code !== undefined){
if(!(validate54(data.webhook_code, {instancePath:instancePath+"/webhook_code",parentData:data,parentDataProperty:"webhook_code",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.environment !== undefined){
if(!(validate54(data.environment, {instancePath:instancePath+"/environment",parentData:data,parentDataProperty:"environment",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.item_id !== undefined){
if(!(validate54(data.item_id, {instancePath:instancePath+"/item_id",parentData:data,parentDataProperty:"item_id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.error !== undefined){
if(!(validate58(data.error, {instancePath:instancePath+"/error",parentData:data,parentDataProperty:"error",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate58.errors : vErrors.concat(validate58.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.institution_id !== undefined){
if(!(validate54(data.institution_id, {instancePath:instancePath+"/institution_id",parentData:data,parentDataProperty:"institution_id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.institution_overall_success_rate !== undefined){
if(!(validate70(data.institution_overall_success_rate, {instancePath:instancePath+"/institution_overall_success_rate",parentData:data,parentDataProperty:"institution_overall_success_rate",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate70.errors : vErrors.concat(validate70.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(((((((key0 === "webhook_type") || (key0 === "webhook_code")) || (key0 === "environment")) || (key0 === "item_id")) || (key0 === "error")) || (key0 === "institution_id")) || (key0 === "institution_overall_success_rate"))){
if(!(validate68(data[key0], {instancePath:instancePath+"/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data,parentDataProperty:key0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate68.errors : vErrors.concat(validate68.errors);
errors = vErrors.length;
}
}
}
}
validate395.errors = vErrors;
return errors === 0;
}
validate395.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate403(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate403.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(data && typeof data == "object" && !Array.isArray(data))){
const err0 = {instancePath,keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.webhook_type === undefined){
const err1 = {instancePath,keyword:"required",params:{missingProperty: "webhook_type"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.webhook_type !== undefined){
if("ASSETS" !== data.webhook_type){
const err2 = {instancePath:instancePath+"/webhook_type",keyword:"const",params:{allowedValue: "ASSETS"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.webhook_code === undefined){
const err3 = {instancePath,keyword:"required",params:{missingProperty: "webhook_code"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.webhook_code !== undefined){
if(!(validate54(data.webhook_code, {instancePath:instancePath+"/webhook_code",parentData:data,parentDataProperty:"webhook_code",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.environment !== undefined){
if(!(validate54(data.environment, {instancePath:instancePath+"/environment",parentData:data,parentDataProperty:"environment",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.item_id !== undefined){
if(!(validate54(data.item_id, {instancePath:instancePath+"/item_id",parentData:data,parentDataProperty:"item_id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.error !== undefined){
if(!(validate58(data.error, {instancePath:instancePath+"/error",parentData:data,parentDataProperty:"error",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate58.errors : vErrors.concat(validate58.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.asset_report_id !== undefined){
if(!(validate54(data.asset_report_id, {instancePath:instancePath+"/asset_report_id",parentData:data,parentDataProperty:"asset_report_id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.user_id !== undefined){
if(!(validate54(data.user_id, {instancePath:instancePath+"/user_id",parentData:data,parentDataProperty:"user_id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.report_type !== undefined){
if(!(validate54(data.report_type, {instancePath:instancePath+"/report_type",parentData:data,parentDataProperty:"report_type",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!((((((((key0 === "webhook_type") || (key0 === "webhook_code")) || (key0 === "environment")) || (key0 === "item_id")) || (key0 === "error")) || (key0 === "asset_report_id")) || (key0 === "user_id")) || (key0 === "report_type"))){
if(!(validate68(data[key0], {instancePath:instancePath+"/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data,parentDataProperty:key0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate68.errors : vErrors.concat(validate68.errors);
errors = vErrors.length;
}
}
}
}
validate403.errors = vErrors;
return errors === 0;
}
validate403.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema70 = {"type":"string","enum":["STATUS_UPDATED"]};

function validate413(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate413.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(typeof data !== "string"){
const err0 = {instancePath,keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(!(data === "STATUS_UPDATED")){
const err1 = {instancePath,keyword:"enum",params:{allowedValues: schema70.enum}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
validate413.errors = vErrors;
return errors === 0;
}
validate413.evaluated = {"dynamicProps":false,"dynamicItems":false};

const schema72 = {"type":"object","allOf":[{"required":["error_type"],"properties":{"error_type":{"$ref":"#/$defs/d50"}}},{"required":["error_code"],"properties":{"error_code":{"$ref":"#/$defs/d51"}}},{"properties":{"error_code_reason":{"$ref":"#/$defs/d1"}}},{"required":["error_message"],"properties":{"error_message":{"$ref":"#/$defs/d1"}}},{"required":["display_message"],"properties":{"display_message":{"$ref":"#/$defs/d1"}}},{"properties":{"request_id":{"$ref":"#/$defs/d0"}}},{"properties":{"causes":{"type":"array","items":{"$ref":"#/$defs/d10"}}}},{"properties":{"status":{"$ref":"#/$defs/d12"}}},{"properties":{"documentation_url":{"$ref":"#/$defs/d13"}}},{"properties":{"suggested_action":{"$ref":"#/$defs/d1"}}},{"properties":{"required_account_subtypes":{"type":"array","items":{"$ref":"#/$defs/d10"}}}},{"properties":{"provided_account_subtypes":{"type":"array","items":{"$ref":"#/$defs/d10"}}}},{"properties":{"error_type":true,"error_code":true,"error_code_reason":true,"error_message":true,"display_message":true,"request_id":true,"causes":true,"status":true,"documentation_url":true,"suggested_action":true,"required_account_subtypes":true,"provided_account_subtypes":true},"additionalProperties":false}]};
const schema73 = {"type":"string","enum":["INVALID_REQUEST","INVALID_RESULT","INVALID_INPUT","INSTITUTION_ERROR","RATE_LIMIT_EXCEEDED","API_ERROR","ITEM_ERROR","ASSET_REPORT_ERROR","BASE_REPORT_ERROR","RECAPTCHA_ERROR","OAUTH_ERROR","PAYMENT_ERROR","BANK_TRANSFER_ERROR","INCOME_VERIFICATION_ERROR","MICRODEPOSITS_ERROR","SANDBOX_ERROR","PARTNER_ERROR","SIGNAL_ERROR","TRANSACTIONS_ERROR","TRANSACTION_ERROR","TRANSFER_ERROR","CHECK_REPORT_ERROR","CONSUMER_REPORT_ERROR","USER_ERROR","AUTH_ERROR"]};

function validate419(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate419.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(typeof data !== "string"){
const err0 = {instancePath,keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(!(((((((((((((((((((((((((data === "INVALID_REQUEST") || (data === "INVALID_RESULT")) || (data === "INVALID_INPUT")) || (data === "INSTITUTION_ERROR")) || (data === "RATE_LIMIT_EXCEEDED")) || (data === "API_ERROR")) || (data === "ITEM_ERROR")) || (data === "ASSET_REPORT_ERROR")) || (data === "BASE_REPORT_ERROR")) || (data === "RECAPTCHA_ERROR")) || (data === "OAUTH_ERROR")) || (data === "PAYMENT_ERROR")) || (data === "BANK_TRANSFER_ERROR")) || (data === "INCOME_VERIFICATION_ERROR")) || (data === "MICRODEPOSITS_ERROR")) || (data === "SANDBOX_ERROR")) || (data === "PARTNER_ERROR")) || (data === "SIGNAL_ERROR")) || (data === "TRANSACTIONS_ERROR")) || (data === "TRANSACTION_ERROR")) || (data === "TRANSFER_ERROR")) || (data === "CHECK_REPORT_ERROR")) || (data === "CONSUMER_REPORT_ERROR")) || (data === "USER_ERROR")) || (data === "AUTH_ERROR"))){
const err1 = {instancePath,keyword:"enum",params:{allowedValues: schema73.enum}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
validate419.errors = vErrors;
return errors === 0;
}
validate419.evaluated = {"dynamicProps":false,"dynamicItems":false};

const schema74 = {"type":"string","oneOf":[{"const":"ACCESS_NOT_GRANTED"},{"const":"INSTANT_MATCH_FAILED"},{"const":"INSUFFICIENT_CREDENTIALS"},{"const":"INVALID_CREDENTIALS"},{"const":"INVALID_MFA"},{"const":"INVALID_SEND_METHOD"},{"const":"INVALID_PHONE_NUMBER"},{"const":"INVALID_OTP"},{"enum":["INVALID_UPDATED_USERNAME","INVALD_UPDATED_USERNAME"]},{"const":"ITEM_CONCURRENTLY_DELETED"},{"const":"ITEM_LOCKED"},{"const":"ITEM_LOGIN_REQUIRED"},{"const":"ITEM_NOT_FOUND"},{"const":"ITEM_NOT_SUPPORTED"},{"const":"MFA_NOT_SUPPORTED"},{"const":"NO_ACCOUNTS"},{"const":"NO_AUTH_ACCOUNTS"},{"const":"NO_INVESTMENT_ACCOUNTS"},{"const":"NO_INVESTMENT_AUTH_ACCOUNTS"},{"const":"NO_LIABILITY_ACCOUNTS"},{"const":"PASSWORD_RESET_REQUIRED"},{"const":"PRODUCT_NOT_ENABLED"},{"const":"PRODUCT_NOT_READY"},{"const":"PRODUCTS_NOT_SUPPORTED"},{"const":"USER_SETUP_REQUIRED"},{"const":"USER_INPUT_TIMEOUT"},{"const":"CUSTOMER_NOT_FOUND"},{"const":"FLOWDOWN_NOT_COMPLETE"},{"const":"QUESTIONNAIRE_NOT_COMPLETE"},{"const":"CUSTOMER_NOT_READY_FOR_ENABLEMENT"},{"const":"CUSTOMER_ALREADY_ENABLED"},{"const":"CUSTOMER_ALREADY_CREATED"},{"const":"LOGO_REQUIRED"},{"const":"INVALID_LOGO"},{"const":"CONTACT_REQUIRED"},{"const":"ASSETS_UNDER_MANAGEMENT_REQUIRED"},{"const":"CUSTOMER_REMOVAL_NOT_ALLOWED"},{"const":"TRANSACTION_INSUFFICIENT_FUNDS"},{"const":"TRANSACTION_AMOUNT_EXCEEDED"},{"const":"TRANSACTION_ON_SAME_ACCOUNT"},{"const":"TRANSACTION_CURRENCY_MISMATCH"},{"const":"TRANSACTION_IBAN_INVALID"},{"const":"TRANSACTION_BACS_INVALID"},{"const":"TRANSACTION_FAST_PAY_DISABLED"},{"const":"TRANSACTION_EXECUTION_FAILED"},{"const":"NONIDENTICAL_REQUEST"},{"const":"REQUEST_CONFLICT"},{"const":"LAST_UPDATED_DATETIME_OUT_OF_RANGE"},{"const":"PLAID_DIRECT_ITEM_IMPORT_RETURNED_INVALID_MFA"},{"const":"ACCOUNTS_LIMIT"},{"const":"ACCOUNTS_BALANCE_GET_LIMIT"},{"const":"AUTH_LIMIT"},{"const":"INCORRECT_OAUTH_NONCE"},{"const":"INCORRECT_LINK_TOKEN"},{"const":"OAUTH_STATE_ID_ALREADY_PROCESSED"},{"const":"OAUTH_STATE_ID_NOT_FOUND"},{"const":"BANK_TRANSFER_ACCOUNT_BLOCKED"},{"const":"RECAPTCHA_REQUIRED"},{"const":"RECAPTCHA_BAD"},{"const":"INCOMPATIBLE_API_VERSION"},{"const":"INVALID_ACCOUNT_NUMBER"},{"const":"INVALID_BODY"},{"const":"INVALID_CONFIGURATION"},{"const":"PAYMENT_BLOCKED"},{"const":"PAYMENT_CANCELLED"},{"const":"PAYMENT_INSUFFICIENT_FUNDS"},{"const":"PAYMENT_INVALID_RECIPIENT"},{"const":"DIRECT_INTEGRATION_NOT_ENABLED"},{"const":"INCORRECT_DEPOSIT_VERIFICATION"},{"const":"INVALID_ACCESS_TOKEN"},{"const":"BALANCE_LIMIT"},{"const":"CREDITS_EXHAUSTED"},{"const":"IDENTITY_LIMIT"},{"const":"INSTITUTIONS_GET_LIMIT"},{"const":"INSTITUTIONS_GET_BY_ID_LIMIT"},{"const":"INVALID_FIELD"},{"const":"INVALID_HEADERS"},{"const":"MISSING_FIELDS"},{"const":"NO_LONGER_AVAILABLE"},{"const":"NOT_FOUND"},{"const":"PAYMENT_INVALID_REFERENCE"},{"const":"PAYMENT_INVALID_SCHEDULE"},{"const":"PAYMENT_REJECTED"},{"const":"PAYMENT_SCHEME_NOT_SUPPORTED"},{"const":"PAYMENT_CONSENT_INVALID_CONSTRAINTS"},{"const":"PAYMENT_CONSENT_CANCELLED"},{"const":"INVALID_ACCOUNT_ID"},{"const":"INVALID_API_KEYS"},{"const":"INVALID_AUDIT_COPY_TOKEN"},{"const":"INVALID_INSTITUTION"},{"const":"INVALID_LINK_CUSTOMIZATION"},{"const":"INVESTMENT_HOLDINGS_GET_LIMIT"},{"const":"INVESTMENT_TRANSACTIONS_LIMIT"},{"const":"ITEM_GET_LIMIT"},{"const":"RATE_LIMIT"},{"const":"TRANSACTIONS_LIMIT"},{"const":"INTERNAL_SERVER_ERROR"},{"const":"PLANNED_MAINTENANCE"},{"const":"DATA_UNAVAILABLE"},{"const":"ASSET_REPORT_GENERATION_FAILED"},{"const":"SANDBOX_PRODUCT_NOT_ENABLED"},{"const":"SANDBOX_WEBHOOK_INVALID"},{"const":"SANDBOX_TRANSFER_EVENT_TRANSITION_INVALID"},{"const":"INCOME_VERIFICATION_DOCUMENT_NOT_FOUND"},{"const":"INCOME_VERIFICATION_FAILED"},{"const":"INCOME_VERIFICATION_NOT_FOUND"},{"const":"INCOME_VERIFICATION_UPLOAD_ERROR"},{"const":"TRANSFER_LIMIT_REACHED"},{"const":"TRANSFER_ACCOUNT_BLOCKED"},{"const":"TRANSFER_NOT_CANCELLABLE"},{"const":"TRANSACTIONS_SYNC_MUTATION_DURING_PAGINATION"},{"const":"INSTITUTION_DOWN"},{"const":"INSTITUTION_NOT_ENABLED_IN_ENVIRONMENT"},{"const":"INSTITUTION_NOT_RESPONDING"},{"const":"INSTITUTION_NOT_AVAILABLE"},{"const":"SANDBOX_ONLY"},{"const":"UNKNOWN_FIELDS"},{"const":"FAILED_PRECONDITION"},{"const":"INVALID_LINK_TOKEN"},{"const":"INVALID_PROCESSOR_TOKEN"},{"const":"INVALID_PRODUCT"},{"const":"INVALID_PRODUCTS"},{"const":"TRANSACTIONS_SYNC_LIMIT"},{"const":"INVALID_PARENT"},{"const":"INSIGHTS_NOT_ENABLED"},{"const":"INSIGHTS_PREVIOUSLY_NOT_ENABLED"},{"const":"VERIFICATION_STATUS_PENDING_APPROVAL"},{"const":"EMPLOYMENT_NOT_FOUND"},{"const":"TRANSFER_UNSUPPORTED_ACCOUNT_TYPE"},{"const":"TRANSFER_FORBIDDEN_ACH_CLASS"},{"const":"TRANSFER_UI_UNAUTHORIZED"},{"const":"TRANSFER_ORIGINATOR_NOT_FOUND"},{"const":"INCOMPLETE_CUSTOMER_ONBOARDING"},{"const":"INSTITUTION_NO_LONGER_SUPPORTED"},{"const":"UNAUTHORIZED_INSTITUTION"},{"const":"INSTITUTION_REGISTRATION_REQUIRED"},{"const":"UNSUPPORTED_RESPONSE"},{"const":"ADDITIONAL_CONSENT_REQUIRED"},{"const":"INVALID_PUBLIC_TOKEN"},{"const":"INVALID_STRIPE_ACCOUNT"},{"const":"INVALID_USER_TOKEN"},{"const":"INVALID_WEBHOOK_VERIFICATION_KEY_ID"},{"const":"UNAUTHORIZED_ACCESS"},{"const":"PRODUCT_UNAVAILABLE"},{"const":"TOO_MANY_VERIFICATION_ATTEMPTS"},{"const":"UNAUTHORIZED_ENVIRONMENT"},{"const":"UNAUTHORIZED_ROUTE_ACCESS"},{"const":"USER_PERMISSION_REVOKED"},{"enum":["ITEM_NO_ERROR","item-no-error"]},{"const":"ITEM_PRODUCT_NOT_READY"},{"const":"ASSET_PRODUCT_NOT_READY"},{"const":"BANK_TRANSFER_LIMIT_EXCEEDED"},{"const":"BANK_TRANSFER_MISSING_ORIGINATION_ACCOUNT"},{"const":"BANK_TRANSFER_INVALID_ORIGINATION_ACCOUNT"},{"const":"BANK_TRANSFER_INSUFFICIENT_FUNDS"},{"const":"BANK_TRANSFER_NOT_CANCELLABLE"},{"const":"BANK_TRANSFER_UNSUPPORTED_ACCOUNT_TYPE"},{"const":"BANK_TRANSFER_UNSUPPORTED_ENVIRONMENT"},{"const":"SANDBOX_BANK_TRANSFER_EVENT_TRANSITION_INVALID"},{"const":"INCORRECT_DEPOSIT_AMOUNTS"},{"const":"MICRODEPOSITS_ALREADY_VERIFIED"},{"const":"ADDITION_LIMIT"},{"const":"DATA_QUALITY_CHECK_FAILED"},{"const":"CONSUMER_REPORT_EXPIRED"},{"const":"INSTITUTION_TRANSACTION_HISTORY_NOT_SUPPORTED"},{"const":"INSUFFICIENT_TRANSACTION_DATA"},{"const":"NETWORK_CONSENT_REQUIRED"},{"const":"INVALID_USER_ID"},{"const":"INVALID_USER_IDENTITY_DATA"},{"const":"PROFILE_AUTHENTICATION_FAILED"},{"const":"MANUAL_VERIFICATION_REQUIRED"},{"const":"OAUTH_REGISTRATION_ERROR"},{"const":"INSTITUTION_RATE_LIMIT"},{"const":"TRANSACTIONS_REFRESH_LIMIT"},{"const":"ADDENDUM_NOT_SIGNED"},{"const":"CLIENT_TRANSACTION_ID_ALREADY_IN_USE"},{"const":"INVALID_CONFIGURATION_STATE"},{"const":"NOT_ENABLED_FOR_SIGNAL_TRANSACTION_SCORE_RULESETS"},{"const":"RULESET_NOT_FOUND"},{"const":"SIGNAL_TRANSACTION_NOT_INITIATED"},{"const":"TRANSFER_NETWORK_LIMIT_EXCEEDED"},{"const":"USER_NOT_FOUND"}]};

function validate421(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate421.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(typeof data !== "string"){
const err0 = {instancePath,keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
const _errs1 = errors;
let valid0 = false;
let passing0 = null;
const _errs2 = errors;
if("ACCESS_NOT_GRANTED" !== data){
const err1 = {instancePath,keyword:"const",params:{allowedValue: "ACCESS_NOT_GRANTED"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
var _valid0 = _errs2 === errors;
if(_valid0){
valid0 = true;
passing0 = 0;
}
const _errs3 = errors;
if("INSTANT_MATCH_FAILED" !== data){
const err2 = {instancePath,keyword:"const",params:{allowedValue: "INSTANT_MATCH_FAILED"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
var _valid0 = _errs3 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid0 = true;
passing0 = 1;
}
const _errs4 = errors;
if("INSUFFICIENT_CREDENTIALS" !== data){
const err3 = {instancePath,keyword:"const",params:{allowedValue: "INSUFFICIENT_CREDENTIALS"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
var _valid0 = _errs4 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 2];
}
else {
if(_valid0){
valid0 = true;
passing0 = 2;
}
const _errs5 = errors;
if("INVALID_CREDENTIALS" !== data){
const err4 = {instancePath,keyword:"const",params:{allowedValue: "INVALID_CREDENTIALS"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
var _valid0 = _errs5 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 3];
}
else {
if(_valid0){
valid0 = true;
passing0 = 3;
}
const _errs6 = errors;
if("INVALID_MFA" !== data){
const err5 = {instancePath,keyword:"const",params:{allowedValue: "INVALID_MFA"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
var _valid0 = _errs6 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 4];
}
else {
if(_valid0){
valid0 = true;
passing0 = 4;
}
const _errs7 = errors;
if("INVALID_SEND_METHOD" !== data){
const err6 = {instancePath,keyword:"const",params:{allowedValue: "INVALID_SEND_METHOD"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
var _valid0 = _errs7 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 5];
}
else {
if(_valid0){
valid0 = true;
passing0 = 5;
}
const _errs8 = errors;
if("INVALID_PHONE_NUMBER" !== data){
const err7 = {instancePath,keyword:"const",params:{allowedValue: "INVALID_PHONE_NUMBER"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
var _valid0 = _errs8 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 6];
}
else {
if(_valid0){
valid0 = true;
passing0 = 6;
}
const _errs9 = errors;
if("INVALID_OTP" !== data){
const err8 = {instancePath,keyword:"const",params:{allowedValue: "INVALID_OTP"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
var _valid0 = _errs9 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 7];
}
else {
if(_valid0){
valid0 = true;
passing0 = 7;
}
const _errs10 = errors;
if(!((data === "INVALID_UPDATED_USERNAME") || (data === "INVALD_UPDATED_USERNAME"))){
const err9 = {instancePath,keyword:"enum",params:{allowedValues: schema74.oneOf[8].enum}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
var _valid0 = _errs10 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 8];
}
else {
if(_valid0){
valid0 = true;
passing0 = 8;
}
const _errs11 = errors;
if("ITEM_CONCURRENTLY_DELETED" !== data){
const err10 = {instancePath,keyword:"const",params:{allowedValue: "ITEM_CONCURRENTLY_DELETED"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
var _valid0 = _errs11 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 9];
}
else {
if(_valid0){
valid0 = true;
passing0 = 9;
}
const _errs12 = errors;
if("ITEM_LOCKED" !== data){
const err11 = {instancePath,keyword:"const",params:{allowedValue: "ITEM_LOCKED"}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
var _valid0 = _errs12 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 10];
}
else {
if(_valid0){
valid0 = true;
passing0 = 10;
}
const _errs13 = errors;
if("ITEM_LOGIN_REQUIRED" !== data){
const err12 = {instancePath,keyword:"const",params:{allowedValue: "ITEM_LOGIN_REQUIRED"}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
var _valid0 = _errs13 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 11];
}
else {
if(_valid0){
valid0 = true;
passing0 = 11;
}
const _errs14 = errors;
if("ITEM_NOT_FOUND" !== data){
const err13 = {instancePath,keyword:"const",params:{allowedValue: "ITEM_NOT_FOUND"}};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
var _valid0 = _errs14 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 12];
}
else {
if(_valid0){
valid0 = true;
passing0 = 12;
}
const _errs15 = errors;
if("ITEM_NOT_SUPPORTED" !== data){
const err14 = {instancePath,keyword:"const",params:{allowedValue: "ITEM_NOT_SUPPORTED"}};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
var _valid0 = _errs15 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 13];
}
else {
if(_valid0){
valid0 = true;
passing0 = 13;
}
const _errs16 = errors;
if("MFA_NOT_SUPPORTED" !== data){
const err15 = {instancePath,keyword:"const",params:{allowedValue: "MFA_NOT_SUPPORTED"}};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
var _valid0 = _errs16 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 14];
}
else {
if(_valid0){
valid0 = true;
passing0 = 14;
}
const _errs17 = errors;
if("NO_ACCOUNTS" !== data){
const err16 = {instancePath,keyword:"const",params:{allowedValue: "NO_ACCOUNTS"}};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
var _valid0 = _errs17 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 15];
}
else {
if(_valid0){
valid0 = true;
passing0 = 15;
}
const _errs18 = errors;
if("NO_AUTH_ACCOUNTS" !== data){
const err17 = {instancePath,keyword:"const",params:{allowedValue: "NO_AUTH_ACCOUNTS"}};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
var _valid0 = _errs18 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 16];
}
else {
if(_valid0){
valid0 = true;
passing0 = 16;
}
const _errs19 = errors;
if("NO_INVESTMENT_ACCOUNTS" !== data){
const err18 = {instancePath,keyword:"const",params:{allowedValue: "NO_INVESTMENT_ACCOUNTS"}};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
var _valid0 = _errs19 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 17];
}
else {
if(_valid0){
valid0 = true;
passing0 = 17;
}
const _errs20 = errors;
if("NO_INVESTMENT_AUTH_ACCOUNTS" !== data){
const err19 = {instancePath,keyword:"const",params:{allowedValue: "NO_INVESTMENT_AUTH_ACCOUNTS"}};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
var _valid0 = _errs20 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 18];
}
else {
if(_valid0){
valid0 = true;
passing0 = 18;
}
const _errs21 = errors;
if("NO_LIABILITY_ACCOUNTS" !== data){
const err20 = {instancePath,keyword:"const",params:{allowedValue: "NO_LIABILITY_ACCOUNTS"}};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
var _valid0 = _errs21 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 19];
}
else {
if(_valid0){
valid0 = true;
passing0 = 19;
}
const _errs22 = errors;
if("PASSWORD_RESET_REQUIRED" !== data){
const err21 = {instancePath,keyword:"const",params:{allowedValue: "PASSWORD_RESET_REQUIRED"}};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
var _valid0 = _errs22 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 20];
}
else {
if(_valid0){
valid0 = true;
passing0 = 20;
}
const _errs23 = errors;
if("PRODUCT_NOT_ENABLED" !== data){
const err22 = {instancePath,keyword:"const",params:{allowedValue: "PRODUCT_NOT_ENABLED"}};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
var _valid0 = _errs23 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 21];
}
else {
if(_valid0){
valid0 = true;
passing0 = 21;
}
const _errs24 = errors;
if("PRODUCT_NOT_READY" !== data){
const err23 = {instancePath,keyword:"const",params:{allowedValue: "PRODUCT_NOT_READY"}};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
var _valid0 = _errs24 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 22];
}
else {
if(_valid0){
valid0 = true;
passing0 = 22;
}
const _errs25 = errors;
if("PRODUCTS_NOT_SUPPORTED" !== data){
const err24 = {instancePath,keyword:"const",params:{allowedValue: "PRODUCTS_NOT_SUPPORTED"}};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
var _valid0 = _errs25 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 23];
}
else {
if(_valid0){
valid0 = true;
passing0 = 23;
}
const _errs26 = errors;
if("USER_SETUP_REQUIRED" !== data){
const err25 = {instancePath,keyword:"const",params:{allowedValue: "USER_SETUP_REQUIRED"}};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
var _valid0 = _errs26 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 24];
}
else {
if(_valid0){
valid0 = true;
passing0 = 24;
}
const _errs27 = errors;
if("USER_INPUT_TIMEOUT" !== data){
const err26 = {instancePath,keyword:"const",params:{allowedValue: "USER_INPUT_TIMEOUT"}};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
var _valid0 = _errs27 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 25];
}
else {
if(_valid0){
valid0 = true;
passing0 = 25;
}
const _errs28 = errors;
if("CUSTOMER_NOT_FOUND" !== data){
const err27 = {instancePath,keyword:"const",params:{allowedValue: "CUSTOMER_NOT_FOUND"}};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
var _valid0 = _errs28 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 26];
}
else {
if(_valid0){
valid0 = true;
passing0 = 26;
}
const _errs29 = errors;
if("FLOWDOWN_NOT_COMPLETE" !== data){
const err28 = {instancePath,keyword:"const",params:{allowedValue: "FLOWDOWN_NOT_COMPLETE"}};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
var _valid0 = _errs29 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 27];
}
else {
if(_valid0){
valid0 = true;
passing0 = 27;
}
const _errs30 = errors;
if("QUESTIONNAIRE_NOT_COMPLETE" !== data){
const err29 = {instancePath,keyword:"const",params:{allowedValue: "QUESTIONNAIRE_NOT_COMPLETE"}};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
var _valid0 = _errs30 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 28];
}
else {
if(_valid0){
valid0 = true;
passing0 = 28;
}
const _errs31 = errors;
if("CUSTOMER_NOT_READY_FOR_ENABLEMENT" !== data){
const err30 = {instancePath,keyword:"const",params:{allowedValue: "CUSTOMER_NOT_READY_FOR_ENABLEMENT"}};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
var _valid0 = _errs31 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 29];
}
else {
if(_valid0){
valid0 = true;
passing0 = 29;
}
const _errs32 = errors;
if("CUSTOMER_ALREADY_ENABLED" !== data){
const err31 = {instancePath,keyword:"const",params:{allowedValue: "CUSTOMER_ALREADY_ENABLED"}};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
var _valid0 = _errs32 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 30];
}
else {
if(_valid0){
valid0 = true;
passing0 = 30;
}
const _errs33 = errors;
if("CUSTOMER_ALREADY_CREATED" !== data){
const err32 = {instancePath,keyword:"const",params:{allowedValue: "CUSTOMER_ALREADY_CREATED"}};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
var _valid0 = _errs33 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 31];
}
else {
if(_valid0){
valid0 = true;
passing0 = 31;
}
const _errs34 = errors;
if("LOGO_REQUIRED" !== data){
const err33 = {instancePath,keyword:"const",params:{allowedValue: "LOGO_REQUIRED"}};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
var _valid0 = _errs34 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 32];
}
else {
if(_valid0){
valid0 = true;
passing0 = 32;
}
const _errs35 = errors;
if("INVALID_LOGO" !== data){
const err34 = {instancePath,keyword:"const",params:{allowedValue: "INVALID_LOGO"}};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
var _valid0 = _errs35 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 33];
}
else {
if(_valid0){
valid0 = true;
passing0 = 33;
}
const _errs36 = errors;
if("CONTACT_REQUIRED" !== data){
const err35 = {instancePath,keyword:"const",params:{allowedValue: "CONTACT_REQUIRED"}};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
var _valid0 = _errs36 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 34];
}
else {
if(_valid0){
valid0 = true;
passing0 = 34;
}
const _errs37 = errors;
if("ASSETS_UNDER_MANAGEMENT_REQUIRED" !== data){
const err36 = {instancePath,keyword:"const",params:{allowedValue: "ASSETS_UNDER_MANAGEMENT_REQUIRED"}};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
var _valid0 = _errs37 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 35];
}
else {
if(_valid0){
valid0 = true;
passing0 = 35;
}
const _errs38 = errors;
if("CUSTOMER_REMOVAL_NOT_ALLOWED" !== data){
const err37 = {instancePath,keyword:"const",params:{allowedValue: "CUSTOMER_REMOVAL_NOT_ALLOWED"}};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
var _valid0 = _errs38 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 36];
}
else {
if(_valid0){
valid0 = true;
passing0 = 36;
}
const _errs39 = errors;
if("TRANSACTION_INSUFFICIENT_FUNDS" !== data){
const err38 = {instancePath,keyword:"const",params:{allowedValue: "TRANSACTION_INSUFFICIENT_FUNDS"}};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
var _valid0 = _errs39 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 37];
}
else {
if(_valid0){
valid0 = true;
passing0 = 37;
}
const _errs40 = errors;
if("TRANSACTION_AMOUNT_EXCEEDED" !== data){
const err39 = {instancePath,keyword:"const",params:{allowedValue: "TRANSACTION_AMOUNT_EXCEEDED"}};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
var _valid0 = _errs40 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 38];
}
else {
if(_valid0){
valid0 = true;
passing0 = 38;
}
const _errs41 = errors;
if("TRANSACTION_ON_SAME_ACCOUNT" !== data){
const err40 = {instancePath,keyword:"const",params:{allowedValue: "TRANSACTION_ON_SAME_ACCOUNT"}};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
var _valid0 = _errs41 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 39];
}
else {
if(_valid0){
valid0 = true;
passing0 = 39;
}
const _errs42 = errors;
if("TRANSACTION_CURRENCY_MISMATCH" !== data){
const err41 = {instancePath,keyword:"const",params:{allowedValue: "TRANSACTION_CURRENCY_MISMATCH"}};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
var _valid0 = _errs42 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 40];
}
else {
if(_valid0){
valid0 = true;
passing0 = 40;
}
const _errs43 = errors;
if("TRANSACTION_IBAN_INVALID" !== data){
const err42 = {instancePath,keyword:"const",params:{allowedValue: "TRANSACTION_IBAN_INVALID"}};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
var _valid0 = _errs43 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 41];
}
else {
if(_valid0){
valid0 = true;
passing0 = 41;
}
const _errs44 = errors;
if("TRANSACTION_BACS_INVALID" !== data){
const err43 = {instancePath,keyword:"const",params:{allowedValue: "TRANSACTION_BACS_INVALID"}};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
var _valid0 = _errs44 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 42];
}
else {
if(_valid0){
valid0 = true;
passing0 = 42;
}
const _errs45 = errors;
if("TRANSACTION_FAST_PAY_DISABLED" !== data){
const err44 = {instancePath,keyword:"const",params:{allowedValue: "TRANSACTION_FAST_PAY_DISABLED"}};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
var _valid0 = _errs45 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 43];
}
else {
if(_valid0){
valid0 = true;
passing0 = 43;
}
const _errs46 = errors;
if("TRANSACTION_EXECUTION_FAILED" !== data){
const err45 = {instancePath,keyword:"const",params:{allowedValue: "TRANSACTION_EXECUTION_FAILED"}};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
var _valid0 = _errs46 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 44];
}
else {
if(_valid0){
valid0 = true;
passing0 = 44;
}
const _errs47 = errors;
if("NONIDENTICAL_REQUEST" !== data){
const err46 = {instancePath,keyword:"const",params:{allowedValue: "NONIDENTICAL_REQUEST"}};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
var _valid0 = _errs47 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 45];
}
else {
if(_valid0){
valid0 = true;
passing0 = 45;
}
const _errs48 = errors;
if("REQUEST_CONFLICT" !== data){
const err47 = {instancePath,keyword:"const",params:{allowedValue: "REQUEST_CONFLICT"}};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
var _valid0 = _errs48 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 46];
}
else {
if(_valid0){
valid0 = true;
passing0 = 46;
}
const _errs49 = errors;
if("LAST_UPDATED_DATETIME_OUT_OF_RANGE" !== data){
const err48 = {instancePath,keyword:"const",params:{allowedValue: "LAST_UPDATED_DATETIME_OUT_OF_RANGE"}};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
var _valid0 = _errs49 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 47];
}
else {
if(_valid0){
valid0 = true;
passing0 = 47;
}
const _errs50 = errors;
if("PLAID_DIRECT_ITEM_IMPORT_RETURNED_INVALID_MFA" !== data){
const err49 = {instancePath,keyword:"const",params:{allowedValue: "PLAID_DIRECT_ITEM_IMPORT_RETURNED_INVALID_MFA"}};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
var _valid0 = _errs50 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 48];
}
else {
if(_valid0){
valid0 = true;
passing0 = 48;
}
const _errs51 = errors;
if("ACCOUNTS_LIMIT" !== data){
const err50 = {instancePath,keyword:"const",params:{allowedValue: "ACCOUNTS_LIMIT"}};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
var _valid0 = _errs51 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 49];
}
else {
if(_valid0){
valid0 = true;
passing0 = 49;
}
const _errs52 = errors;
if("ACCOUNTS_BALANCE_GET_LIMIT" !== data){
const err51 = {instancePath,keyword:"const",params:{allowedValue: "ACCOUNTS_BALANCE_GET_LIMIT"}};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
var _valid0 = _errs52 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 50];
}
else {
if(_valid0){
valid0 = true;
passing0 = 50;
}
const _errs53 = errors;
if("AUTH_LIMIT" !== data){
const err52 = {instancePath,keyword:"const",params:{allowedValue: "AUTH_LIMIT"}};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
var _valid0 = _errs53 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 51];
}
else {
if(_valid0){
valid0 = true;
passing0 = 51;
}
const _errs54 = errors;
if("INCORRECT_OAUTH_NONCE" !== data){
const err53 = {instancePath,keyword:"const",params:{allowedValue: "INCORRECT_OAUTH_NONCE"}};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
var _valid0 = _errs54 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 52];
}
else {
if(_valid0){
valid0 = true;
passing0 = 52;
}
const _errs55 = errors;
if("INCORRECT_LINK_TOKEN" !== data){
const err54 = {instancePath,keyword:"const",params:{allowedValue: "INCORRECT_LINK_TOKEN"}};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
var _valid0 = _errs55 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 53];
}
else {
if(_valid0){
valid0 = true;
passing0 = 53;
}
const _errs56 = errors;
if("OAUTH_STATE_ID_ALREADY_PROCESSED" !== data){
const err55 = {instancePath,keyword:"const",params:{allowedValue: "OAUTH_STATE_ID_ALREADY_PROCESSED"}};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
var _valid0 = _errs56 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 54];
}
else {
if(_valid0){
valid0 = true;
passing0 = 54;
}
const _errs57 = errors;
if("OAUTH_STATE_ID_NOT_FOUND" !== data){
const err56 = {instancePath,keyword:"const",params:{allowedValue: "OAUTH_STATE_ID_NOT_FOUND"}};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
var _valid0 = _errs57 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 55];
}
else {
if(_valid0){
valid0 = true;
passing0 = 55;
}
const _errs58 = errors;
if("BANK_TRANSFER_ACCOUNT_BLOCKED" !== data){
const err57 = {instancePath,keyword:"const",params:{allowedValue: "BANK_TRANSFER_ACCOUNT_BLOCKED"}};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
var _valid0 = _errs58 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 56];
}
else {
if(_valid0){
valid0 = true;
passing0 = 56;
}
const _errs59 = errors;
if("RECAPTCHA_REQUIRED" !== data){
const err58 = {instancePath,keyword:"const",params:{allowedValue: "RECAPTCHA_REQUIRED"}};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
var _valid0 = _errs59 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 57];
}
else {
if(_valid0){
valid0 = true;
passing0 = 57;
}
const _errs60 = errors;
if("RECAPTCHA_BAD" !== data){
const err59 = {instancePath,keyword:"const",params:{allowedValue: "RECAPTCHA_BAD"}};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
var _valid0 = _errs60 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 58];
}
else {
if(_valid0){
valid0 = true;
passing0 = 58;
}
const _errs61 = errors;
if("INCOMPATIBLE_API_VERSION" !== data){
const err60 = {instancePath,keyword:"const",params:{allowedValue: "INCOMPATIBLE_API_VERSION"}};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
var _valid0 = _errs61 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 59];
}
else {
if(_valid0){
valid0 = true;
passing0 = 59;
}
const _errs62 = errors;
if("INVALID_ACCOUNT_NUMBER" !== data){
const err61 = {instancePath,keyword:"const",params:{allowedValue: "INVALID_ACCOUNT_NUMBER"}};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
var _valid0 = _errs62 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 60];
}
else {
if(_valid0){
valid0 = true;
passing0 = 60;
}
const _errs63 = errors;
if("INVALID_BODY" !== data){
const err62 = {instancePath,keyword:"const",params:{allowedValue: "INVALID_BODY"}};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
var _valid0 = _errs63 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 61];
}
else {
if(_valid0){
valid0 = true;
passing0 = 61;
}
const _errs64 = errors;
if("INVALID_CONFIGURATION" !== data){
const err63 = {instancePath,keyword:"const",params:{allowedValue: "INVALID_CONFIGURATION"}};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
var _valid0 = _errs64 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 62];
}
else {
if(_valid0){
valid0 = true;
passing0 = 62;
}
const _errs65 = errors;
if("PAYMENT_BLOCKED" !== data){
const err64 = {instancePath,keyword:"const",params:{allowedValue: "PAYMENT_BLOCKED"}};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
var _valid0 = _errs65 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 63];
}
else {
if(_valid0){
valid0 = true;
passing0 = 63;
}
const _errs66 = errors;
if("PAYMENT_CANCELLED" !== data){
const err65 = {instancePath,keyword:"const",params:{allowedValue: "PAYMENT_CANCELLED"}};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
var _valid0 = _errs66 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 64];
}
else {
if(_valid0){
valid0 = true;
passing0 = 64;
}
const _errs67 = errors;
if("PAYMENT_INSUFFICIENT_FUNDS" !== data){
const err66 = {instancePath,keyword:"const",params:{allowedValue: "PAYMENT_INSUFFICIENT_FUNDS"}};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
var _valid0 = _errs67 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 65];
}
else {
if(_valid0){
valid0 = true;
passing0 = 65;
}
const _errs68 = errors;
if("PAYMENT_INVALID_RECIPIENT" !== data){
const err67 = {instancePath,keyword:"const",params:{allowedValue: "PAYMENT_INVALID_RECIPIENT"}};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
var _valid0 = _errs68 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 66];
}
else {
if(_valid0){
valid0 = true;
passing0 = 66;
}
const _errs69 = errors;
if("DIRECT_INTEGRATION_NOT_ENABLED" !== data){
const err68 = {instancePath,keyword:"const",params:{allowedValue: "DIRECT_INTEGRATION_NOT_ENABLED"}};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
var _valid0 = _errs69 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 67];
}
else {
if(_valid0){
valid0 = true;
passing0 = 67;
}
const _errs70 = errors;
if("INCORRECT_DEPOSIT_VERIFICATION" !== data){
const err69 = {instancePath,keyword:"const",params:{allowedValue: "INCORRECT_DEPOSIT_VERIFICATION"}};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
var _valid0 = _errs70 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 68];
}
else {
if(_valid0){
valid0 = true;
passing0 = 68;
}
const _errs71 = errors;
if("INVALID_ACCESS_TOKEN" !== data){
const err70 = {instancePath,keyword:"const",params:{allowedValue: "INVALID_ACCESS_TOKEN"}};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
var _valid0 = _errs71 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 69];
}
else {
if(_valid0){
valid0 = true;
passing0 = 69;
}
const _errs72 = errors;
if("BALANCE_LIMIT" !== data){
const err71 = {instancePath,keyword:"const",params:{allowedValue: "BALANCE_LIMIT"}};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
var _valid0 = _errs72 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 70];
}
else {
if(_valid0){
valid0 = true;
passing0 = 70;
}
const _errs73 = errors;
if("CREDITS_EXHAUSTED" !== data){
const err72 = {instancePath,keyword:"const",params:{allowedValue: "CREDITS_EXHAUSTED"}};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
var _valid0 = _errs73 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 71];
}
else {
if(_valid0){
valid0 = true;
passing0 = 71;
}
const _errs74 = errors;
if("IDENTITY_LIMIT" !== data){
const err73 = {instancePath,keyword:"const",params:{allowedValue: "IDENTITY_LIMIT"}};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
var _valid0 = _errs74 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 72];
}
else {
if(_valid0){
valid0 = true;
passing0 = 72;
}
const _errs75 = errors;
if("INSTITUTIONS_GET_LIMIT" !== data){
const err74 = {instancePath,keyword:"const",params:{allowedValue: "INSTITUTIONS_GET_LIMIT"}};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
var _valid0 = _errs75 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 73];
}
else {
if(_valid0){
valid0 = true;
passing0 = 73;
}
const _errs76 = errors;
if("INSTITUTIONS_GET_BY_ID_LIMIT" !== data){
const err75 = {instancePath,keyword:"const",params:{allowedValue: "INSTITUTIONS_GET_BY_ID_LIMIT"}};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
var _valid0 = _errs76 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 74];
}
else {
if(_valid0){
valid0 = true;
passing0 = 74;
}
const _errs77 = errors;
if("INVALID_FIELD" !== data){
const err76 = {instancePath,keyword:"const",params:{allowedValue: "INVALID_FIELD"}};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
var _valid0 = _errs77 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 75];
}
else {
if(_valid0){
valid0 = true;
passing0 = 75;
}
const _errs78 = errors;
if("INVALID_HEADERS" !== data){
const err77 = {instancePath,keyword:"const",params:{allowedValue: "INVALID_HEADERS"}};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
var _valid0 = _errs78 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 76];
}
else {
if(_valid0){
valid0 = true;
passing0 = 76;
}
const _errs79 = errors;
if("MISSING_FIELDS" !== data){
const err78 = {instancePath,keyword:"const",params:{allowedValue: "MISSING_FIELDS"}};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
var _valid0 = _errs79 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 77];
}
else {
if(_valid0){
valid0 = true;
passing0 = 77;
}
const _errs80 = errors;
if("NO_LONGER_AVAILABLE" !== data){
const err79 = {instancePath,keyword:"const",params:{allowedValue: "NO_LONGER_AVAILABLE"}};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
var _valid0 = _errs80 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 78];
}
else {
if(_valid0){
valid0 = true;
passing0 = 78;
}
const _errs81 = errors;
if("NOT_FOUND" !== data){
const err80 = {instancePath,keyword:"const",params:{allowedValue: "NOT_FOUND"}};
if(vErrors === null){
vErrors = [err80];
}
else {
vErrors.push(err80);
}
errors++;
}
var _valid0 = _errs81 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 79];
}
else {
if(_valid0){
valid0 = true;
passing0 = 79;
}
const _errs82 = errors;
if("PAYMENT_INVALID_REFERENCE" !== data){
const err81 = {instancePath,keyword:"const",params:{allowedValue: "PAYMENT_INVALID_REFERENCE"}};
if(vErrors === null){
vErrors = [err81];
}
else {
vErrors.push(err81);
}
errors++;
}
var _valid0 = _errs82 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 80];
}
else {
if(_valid0){
valid0 = true;
passing0 = 80;
}
const _errs83 = errors;
if("PAYMENT_INVALID_SCHEDULE" !== data){
const err82 = {instancePath,keyword:"const",params:{allowedValue: "PAYMENT_INVALID_SCHEDULE"}};
if(vErrors === null){
vErrors = [err82];
}
else {
vErrors.push(err82);
}
errors++;
}
var _valid0 = _errs83 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 81];
}
else {
if(_valid0){
valid0 = true;
passing0 = 81;
}
const _errs84 = errors;
if("PAYMENT_REJECTED" !== data){
const err83 = {instancePath,keyword:"const",params:{allowedValue: "PAYMENT_REJECTED"}};
if(vErrors === null){
vErrors = [err83];
}
else {
vErrors.push(err83);
}
errors++;
}
var _valid0 = _errs84 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 82];
}
else {
if(_valid0){
valid0 = true;
passing0 = 82;
}
const _errs85 = errors;
if("PAYMENT_SCHEME_NOT_SUPPORTED" !== data){
const err84 = {instancePath,keyword:"const",params:{allowedValue: "PAYMENT_SCHEME_NOT_SUPPORTED"}};
if(vErrors === null){
vErrors = [err84];
}
else {
vErrors.push(err84);
}
errors++;
}
var _valid0 = _errs85 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 83];
}
else {
if(_valid0){
valid0 = true;
passing0 = 83;
}
const _errs86 = errors;
if("PAYMENT_CONSENT_INVALID_CONSTRAINTS" !== data){
const err85 = {instancePath,keyword:"const",params:{allowedValue: "PAYMENT_CONSENT_INVALID_CONSTRAINTS"}};
if(vErrors === null){
vErrors = [err85];
}
else {
vErrors.push(err85);
}
errors++;
}
var _valid0 = _errs86 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 84];
}
else {
if(_valid0){
valid0 = true;
passing0 = 84;
}
const _errs87 = errors;
if("PAYMENT_CONSENT_CANCELLED" !== data){
const err86 = {instancePath,keyword:"const",params:{allowedValue: "PAYMENT_CONSENT_CANCELLED"}};
if(vErrors === null){
vErrors = [err86];
}
else {
vErrors.push(err86);
}
errors++;
}
var _valid0 = _errs87 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 85];
}
else {
if(_valid0){
valid0 = true;
passing0 = 85;
}
const _errs88 = errors;
if("INVALID_ACCOUNT_ID" !== data){
const err87 = {instancePath,keyword:"const",params:{allowedValue: "INVALID_ACCOUNT_ID"}};
if(vErrors === null){
vErrors = [err87];
}
else {
vErrors.push(err87);
}
errors++;
}
var _valid0 = _errs88 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 86];
}
else {
if(_valid0){
valid0 = true;
passing0 = 86;
}
const _errs89 = errors;
if("INVALID_API_KEYS" !== data){
const err88 = {instancePath,keyword:"const",params:{allowedValue: "INVALID_API_KEYS"}};
if(vErrors === null){
vErrors = [err88];
}
else {
vErrors.push(err88);
}
errors++;
}
var _valid0 = _errs89 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 87];
}
else {
if(_valid0){
valid0 = true;
passing0 = 87;
}
const _errs90 = errors;
if("INVALID_AUDIT_COPY_TOKEN" !== data){
const err89 = {instancePath,keyword:"const",params:{allowedValue: "INVALID_AUDIT_COPY_TOKEN"}};
if(vErrors === null){
vErrors = [err89];
}
else {
vErrors.push(err89);
}
errors++;
}
var _valid0 = _errs90 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 88];
}
else {
if(_valid0){
valid0 = true;
passing0 = 88;
}
const _errs91 = errors;
if("INVALID_INSTITUTION" !== data){
const err90 = {instancePath,keyword:"const",params:{allowedValue: "INVALID_INSTITUTION"}};
if(vErrors === null){
vErrors = [err90];
}
else {
vErrors.push(err90);
}
errors++;
}
var _valid0 = _errs91 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 89];
}
else {
if(_valid0){
valid0 = true;
passing0 = 89;
}
const _errs92 = errors;
if("INVALID_LINK_CUSTOMIZATION" !== data){
const err91 = {instancePath,keyword:"const",params:{allowedValue: "INVALID_LINK_CUSTOMIZATION"}};
if(vErrors === null){
vErrors = [err91];
}
else {
vErrors.push(err91);
}
errors++;
}
var _valid0 = _errs92 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 90];
}
else {
if(_valid0){
valid0 = true;
passing0 = 90;
}
const _errs93 = errors;
if("INVESTMENT_HOLDINGS_GET_LIMIT" !== data){
const err92 = {instancePath,keyword:"const",params:{allowedValue: "INVESTMENT_HOLDINGS_GET_LIMIT"}};
if(vErrors === null){
vErrors = [err92];
}
else {
vErrors.push(err92);
}
errors++;
}
var _valid0 = _errs93 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 91];
}
else {
if(_valid0){
valid0 = true;
passing0 = 91;
}
const _errs94 = errors;
if("INVESTMENT_TRANSACTIONS_LIMIT" !== data){
const err93 = {instancePath,keyword:"const",params:{allowedValue: "INVESTMENT_TRANSACTIONS_LIMIT"}};
if(vErrors === null){
vErrors = [err93];
}
else {
vErrors.push(err93);
}
errors++;
}
var _valid0 = _errs94 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 92];
}
else {
if(_valid0){
valid0 = true;
passing0 = 92;
}
const _errs95 = errors;
if("ITEM_GET_LIMIT" !== data){
const err94 = {instancePath,keyword:"const",params:{allowedValue: "ITEM_GET_LIMIT"}};
if(vErrors === null){
vErrors = [err94];
}
else {
vErrors.push(err94);
}
errors++;
}
var _valid0 = _errs95 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 93];
}
else {
if(_valid0){
valid0 = true;
passing0 = 93;
}
const _errs96 = errors;
if("RATE_LIMIT" !== data){
const err95 = {instancePath,keyword:"const",params:{allowedValue: "RATE_LIMIT"}};
if(vErrors === null){
vErrors = [err95];
}
else {
vErrors.push(err95);
}
errors++;
}
var _valid0 = _errs96 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 94];
}
else {
if(_valid0){
valid0 = true;
passing0 = 94;
}
const _errs97 = errors;
if("TRANSACTIONS_LIMIT" !== data){
const err96 = {instancePath,keyword:"const",params:{allowedValue: "TRANSACTIONS_LIMIT"}};
if(vErrors === null){
vErrors = [err96];
}
else {
vErrors.push(err96);
}
errors++;
}
var _valid0 = _errs97 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 95];
}
else {
if(_valid0){
valid0 = true;
passing0 = 95;
}
const _errs98 = errors;
if("INTERNAL_SERVER_ERROR" !== data){
const err97 = {instancePath,keyword:"const",params:{allowedValue: "INTERNAL_SERVER_ERROR"}};
if(vErrors === null){
vErrors = [err97];
}
else {
vErrors.push(err97);
}
errors++;
}
var _valid0 = _errs98 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 96];
}
else {
if(_valid0){
valid0 = true;
passing0 = 96;
}
const _errs99 = errors;
if("PLANNED_MAINTENANCE" !== data){
const err98 = {instancePath,keyword:"const",params:{allowedValue: "PLANNED_MAINTENANCE"}};
if(vErrors === null){
vErrors = [err98];
}
else {
vErrors.push(err98);
}
errors++;
}
var _valid0 = _errs99 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 97];
}
else {
if(_valid0){
valid0 = true;
passing0 = 97;
}
const _errs100 = errors;
if("DATA_UNAVAILABLE" !== data){
const err99 = {instancePath,keyword:"const",params:{allowedValue: "DATA_UNAVAILABLE"}};
if(vErrors === null){
vErrors = [err99];
}
else {
vErrors.push(err99);
}
errors++;
}
var _valid0 = _errs100 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 98];
}
else {
if(_valid0){
valid0 = true;
passing0 = 98;
}
const _errs101 = errors;
if("ASSET_REPORT_GENERATION_FAILED" !== data){
const err100 = {instancePath,keyword:"const",params:{allowedValue: "ASSET_REPORT_GENERATION_FAILED"}};
if(vErrors === null){
vErrors = [err100];
}
else {
vErrors.push(err100);
}
errors++;
}
var _valid0 = _errs101 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 99];
}
else {
if(_valid0){
valid0 = true;
passing0 = 99;
}
const _errs102 = errors;
if("SANDBOX_PRODUCT_NOT_ENABLED" !== data){
const err101 = {instancePath,keyword:"const",params:{allowedValue: "SANDBOX_PRODUCT_NOT_ENABLED"}};
if(vErrors === null){
vErrors = [err101];
}
else {
vErrors.push(err101);
}
errors++;
}
var _valid0 = _errs102 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 100];
}
else {
if(_valid0){
valid0 = true;
passing0 = 100;
}
const _errs103 = errors;
if("SANDBOX_WEBHOOK_INVALID" !== data){
const err102 = {instancePath,keyword:"const",params:{allowedValue: "SANDBOX_WEBHOOK_INVALID"}};
if(vErrors === null){
vErrors = [err102];
}
else {
vErrors.push(err102);
}
errors++;
}
var _valid0 = _errs103 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 101];
}
else {
if(_valid0){
valid0 = true;
passing0 = 101;
}
const _errs104 = errors;
if("SANDBOX_TRANSFER_EVENT_TRANSITION_INVALID" !== data){
const err103 = {instancePath,keyword:"const",params:{allowedValue: "SANDBOX_TRANSFER_EVENT_TRANSITION_INVALID"}};
if(vErrors === null){
vErrors = [err103];
}
else {
vErrors.push(err103);
}
errors++;
}
var _valid0 = _errs104 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 102];
}
else {
if(_valid0){
valid0 = true;
passing0 = 102;
}
const _errs105 = errors;
if("INCOME_VERIFICATION_DOCUMENT_NOT_FOUND" !== data){
const err104 = {instancePath,keyword:"const",params:{allowedValue: "INCOME_VERIFICATION_DOCUMENT_NOT_FOUND"}};
if(vErrors === null){
vErrors = [err104];
}
else {
vErrors.push(err104);
}
errors++;
}
var _valid0 = _errs105 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 103];
}
else {
if(_valid0){
valid0 = true;
passing0 = 103;
}
const _errs106 = errors;
if("INCOME_VERIFICATION_FAILED" !== data){
const err105 = {instancePath,keyword:"const",params:{allowedValue: "INCOME_VERIFICATION_FAILED"}};
if(vErrors === null){
vErrors = [err105];
}
else {
vErrors.push(err105);
}
errors++;
}
var _valid0 = _errs106 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 104];
}
else {
if(_valid0){
valid0 = true;
passing0 = 104;
}
const _errs107 = errors;
if("INCOME_VERIFICATION_NOT_FOUND" !== data){
const err106 = {instancePath,keyword:"const",params:{allowedValue: "INCOME_VERIFICATION_NOT_FOUND"}};
if(vErrors === null){
vErrors = [err106];
}
else {
vErrors.push(err106);
}
errors++;
}
var _valid0 = _errs107 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 105];
}
else {
if(_valid0){
valid0 = true;
passing0 = 105;
}
const _errs108 = errors;
if("INCOME_VERIFICATION_UPLOAD_ERROR" !== data){
const err107 = {instancePath,keyword:"const",params:{allowedValue: "INCOME_VERIFICATION_UPLOAD_ERROR"}};
if(vErrors === null){
vErrors = [err107];
}
else {
vErrors.push(err107);
}
errors++;
}
var _valid0 = _errs108 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 106];
}
else {
if(_valid0){
valid0 = true;
passing0 = 106;
}
const _errs109 = errors;
if("TRANSFER_LIMIT_REACHED" !== data){
const err108 = {instancePath,keyword:"const",params:{allowedValue: "TRANSFER_LIMIT_REACHED"}};
if(vErrors === null){
vErrors = [err108];
}
else {
vErrors.push(err108);
}
errors++;
}
var _valid0 = _errs109 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 107];
}
else {
if(_valid0){
valid0 = true;
passing0 = 107;
}
const _errs110 = errors;
if("TRANSFER_ACCOUNT_BLOCKED" !== data){
const err109 = {instancePath,keyword:"const",params:{allowedValue: "TRANSFER_ACCOUNT_BLOCKED"}};
if(vErrors === null){
vErrors = [err109];
}
else {
vErrors.push(err109);
}
errors++;
}
var _valid0 = _errs110 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 108];
}
else {
if(_valid0){
valid0 = true;
passing0 = 108;
}
const _errs111 = errors;
if("TRANSFER_NOT_CANCELLABLE" !== data){
const err110 = {instancePath,keyword:"const",params:{allowedValue: "TRANSFER_NOT_CANCELLABLE"}};
if(vErrors === null){
vErrors = [err110];
}
else {
vErrors.push(err110);
}
errors++;
}
var _valid0 = _errs111 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 109];
}
else {
if(_valid0){
valid0 = true;
passing0 = 109;
}
const _errs112 = errors;
if("TRANSACTIONS_SYNC_MUTATION_DURING_PAGINATION" !== data){
const err111 = {instancePath,keyword:"const",params:{allowedValue: "TRANSACTIONS_SYNC_MUTATION_DURING_PAGINATION"}};
if(vErrors === null){
vErrors = [err111];
}
else {
vErrors.push(err111);
}
errors++;
}
var _valid0 = _errs112 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 110];
}
else {
if(_valid0){
valid0 = true;
passing0 = 110;
}
const _errs113 = errors;
if("INSTITUTION_DOWN" !== data){
const err112 = {instancePath,keyword:"const",params:{allowedValue: "INSTITUTION_DOWN"}};
if(vErrors === null){
vErrors = [err112];
}
else {
vErrors.push(err112);
}
errors++;
}
var _valid0 = _errs113 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 111];
}
else {
if(_valid0){
valid0 = true;
passing0 = 111;
}
const _errs114 = errors;
if("INSTITUTION_NOT_ENABLED_IN_ENVIRONMENT" !== data){
const err113 = {instancePath,keyword:"const",params:{allowedValue: "INSTITUTION_NOT_ENABLED_IN_ENVIRONMENT"}};
if(vErrors === null){
vErrors = [err113];
}
else {
vErrors.push(err113);
}
errors++;
}
var _valid0 = _errs114 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 112];
}
else {
if(_valid0){
valid0 = true;
passing0 = 112;
}
const _errs115 = errors;
if("INSTITUTION_NOT_RESPONDING" !== data){
const err114 = {instancePath,keyword:"const",params:{allowedValue: "INSTITUTION_NOT_RESPONDING"}};
if(vErrors === null){
vErrors = [err114];
}
else {
vErrors.push(err114);
}
errors++;
}
var _valid0 = _errs115 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 113];
}
else {
if(_valid0){
valid0 = true;
passing0 = 113;
}
const _errs116 = errors;
if("INSTITUTION_NOT_AVAILABLE" !== data){
const err115 = {instancePath,keyword:"const",params:{allowedValue: "INSTITUTION_NOT_AVAILABLE"}};
if(vErrors === null){
vErrors = [err115];
}
else {
vErrors.push(err115);
}
errors++;
}
var _valid0 = _errs116 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 114];
}
else {
if(_valid0){
valid0 = true;
passing0 = 114;
}
const _errs117 = errors;
if("SANDBOX_ONLY" !== data){
const err116 = {instancePath,keyword:"const",params:{allowedValue: "SANDBOX_ONLY"}};
if(vErrors === null){
vErrors = [err116];
}
else {
vErrors.push(err116);
}
errors++;
}
var _valid0 = _errs117 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 115];
}
else {
if(_valid0){
valid0 = true;
passing0 = 115;
}
const _errs118 = errors;
if("UNKNOWN_FIELDS" !== data){
const err117 = {instancePath,keyword:"const",params:{allowedValue: "UNKNOWN_FIELDS"}};
if(vErrors === null){
vErrors = [err117];
}
else {
vErrors.push(err117);
}
errors++;
}
var _valid0 = _errs118 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 116];
}
else {
if(_valid0){
valid0 = true;
passing0 = 116;
}
const _errs119 = errors;
if("FAILED_PRECONDITION" !== data){
const err118 = {instancePath,keyword:"const",params:{allowedValue: "FAILED_PRECONDITION"}};
if(vErrors === null){
vErrors = [err118];
}
else {
vErrors.push(err118);
}
errors++;
}
var _valid0 = _errs119 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 117];
}
else {
if(_valid0){
valid0 = true;
passing0 = 117;
}
const _errs120 = errors;
if("INVALID_LINK_TOKEN" !== data){
const err119 = {instancePath,keyword:"const",params:{allowedValue: "INVALID_LINK_TOKEN"}};
if(vErrors === null){
vErrors = [err119];
}
else {
vErrors.push(err119);
}
errors++;
}
var _valid0 = _errs120 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 118];
}
else {
if(_valid0){
valid0 = true;
passing0 = 118;
}
const _errs121 = errors;
if("INVALID_PROCESSOR_TOKEN" !== data){
const err120 = {instancePath,keyword:"const",params:{allowedValue: "INVALID_PROCESSOR_TOKEN"}};
if(vErrors === null){
vErrors = [err120];
}
else {
vErrors.push(err120);
}
errors++;
}
var _valid0 = _errs121 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 119];
}
else {
if(_valid0){
valid0 = true;
passing0 = 119;
}
const _errs122 = errors;
if("INVALID_PRODUCT" !== data){
const err121 = {instancePath,keyword:"const",params:{allowedValue: "INVALID_PRODUCT"}};
if(vErrors === null){
vErrors = [err121];
}
else {
vErrors.push(err121);
}
errors++;
}
var _valid0 = _errs122 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 120];
}
else {
if(_valid0){
valid0 = true;
passing0 = 120;
}
const _errs123 = errors;
if("INVALID_PRODUCTS" !== data){
const err122 = {instancePath,keyword:"const",params:{allowedValue: "INVALID_PRODUCTS"}};
if(vErrors === null){
vErrors = [err122];
}
else {
vErrors.push(err122);
}
errors++;
}
var _valid0 = _errs123 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 121];
}
else {
if(_valid0){
valid0 = true;
passing0 = 121;
}
const _errs124 = errors;
if("TRANSACTIONS_SYNC_LIMIT" !== data){
const err123 = {instancePath,keyword:"const",params:{allowedValue: "TRANSACTIONS_SYNC_LIMIT"}};
if(vErrors === null){
vErrors = [err123];
}
else {
vErrors.push(err123);
}
errors++;
}
var _valid0 = _errs124 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 122];
}
else {
if(_valid0){
valid0 = true;
passing0 = 122;
}
const _errs125 = errors;
if("INVALID_PARENT" !== data){
const err124 = {instancePath,keyword:"const",params:{allowedValue: "INVALID_PARENT"}};
if(vErrors === null){
vErrors = [err124];
}
else {
vErrors.push(err124);
}
errors++;
}
var _valid0 = _errs125 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 123];
}
else {
if(_valid0){
valid0 = true;
passing0 = 123;
}
const _errs126 = errors;
if("INSIGHTS_NOT_ENABLED" !== data){
const err125 = {instancePath,keyword:"const",params:{allowedValue: "INSIGHTS_NOT_ENABLED"}};
if(vErrors === null){
vErrors = [err125];
}
else {
vErrors.push(err125);
}
errors++;
}
var _valid0 = _errs126 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 124];
}
else {
if(_valid0){
valid0 = true;
passing0 = 124;
}
const _errs127 = errors;
if("INSIGHTS_PREVIOUSLY_NOT_ENABLED" !== data){
const err126 = {instancePath,keyword:"const",params:{allowedValue: "INSIGHTS_PREVIOUSLY_NOT_ENABLED"}};
if(vErrors === null){
vErrors = [err126];
}
else {
vErrors.push(err126);
}
errors++;
}
var _valid0 = _errs127 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 125];
}
else {
if(_valid0){
valid0 = true;
passing0 = 125;
}
const _errs128 = errors;
if("VERIFICATION_STATUS_PENDING_APPROVAL" !== data){
const err127 = {instancePath,keyword:"const",params:{allowedValue: "VERIFICATION_STATUS_PENDING_APPROVAL"}};
if(vErrors === null){
vErrors = [err127];
}
else {
vErrors.push(err127);
}
errors++;
}
var _valid0 = _errs128 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 126];
}
else {
if(_valid0){
valid0 = true;
passing0 = 126;
}
const _errs129 = errors;
if("EMPLOYMENT_NOT_FOUND" !== data){
const err128 = {instancePath,keyword:"const",params:{allowedValue: "EMPLOYMENT_NOT_FOUND"}};
if(vErrors === null){
vErrors = [err128];
}
else {
vErrors.push(err128);
}
errors++;
}
var _valid0 = _errs129 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 127];
}
else {
if(_valid0){
valid0 = true;
passing0 = 127;
}
const _errs130 = errors;
if("TRANSFER_UNSUPPORTED_ACCOUNT_TYPE" !== data){
const err129 = {instancePath,keyword:"const",params:{allowedValue: "TRANSFER_UNSUPPORTED_ACCOUNT_TYPE"}};
if(vErrors === null){
vErrors = [err129];
}
else {
vErrors.push(err129);
}
errors++;
}
var _valid0 = _errs130 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 128];
}
else {
if(_valid0){
valid0 = true;
passing0 = 128;
}
const _errs131 = errors;
if("TRANSFER_FORBIDDEN_ACH_CLASS" !== data){
const err130 = {instancePath,keyword:"const",params:{allowedValue: "TRANSFER_FORBIDDEN_ACH_CLASS"}};
if(vErrors === null){
vErrors = [err130];
}
else {
vErrors.push(err130);
}
errors++;
}
var _valid0 = _errs131 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 129];
}
else {
if(_valid0){
valid0 = true;
passing0 = 129;
}
const _errs132 = errors;
if("TRANSFER_UI_UNAUTHORIZED" !== data){
const err131 = {instancePath,keyword:"const",params:{allowedValue: "TRANSFER_UI_UNAUTHORIZED"}};
if(vErrors === null){
vErrors = [err131];
}
else {
vErrors.push(err131);
}
errors++;
}
var _valid0 = _errs132 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 130];
}
else {
if(_valid0){
valid0 = true;
passing0 = 130;
}
const _errs133 = errors;
if("TRANSFER_ORIGINATOR_NOT_FOUND" !== data){
const err132 = {instancePath,keyword:"const",params:{allowedValue: "TRANSFER_ORIGINATOR_NOT_FOUND"}};
if(vErrors === null){
vErrors = [err132];
}
else {
vErrors.push(err132);
}
errors++;
}
var _valid0 = _errs133 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 131];
}
else {
if(_valid0){
valid0 = true;
passing0 = 131;
}
const _errs134 = errors;
if("INCOMPLETE_CUSTOMER_ONBOARDING" !== data){
const err133 = {instancePath,keyword:"const",params:{allowedValue: "INCOMPLETE_CUSTOMER_ONBOARDING"}};
if(vErrors === null){
vErrors = [err133];
}
else {
vErrors.push(err133);
}
errors++;
}
var _valid0 = _errs134 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 132];
}
else {
if(_valid0){
valid0 = true;
passing0 = 132;
}
const _errs135 = errors;
if("INSTITUTION_NO_LONGER_SUPPORTED" !== data){
const err134 = {instancePath,keyword:"const",params:{allowedValue: "INSTITUTION_NO_LONGER_SUPPORTED"}};
if(vErrors === null){
vErrors = [err134];
}
else {
vErrors.push(err134);
}
errors++;
}
var _valid0 = _errs135 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 133];
}
else {
if(_valid0){
valid0 = true;
passing0 = 133;
}
const _errs136 = errors;
if("UNAUTHORIZED_INSTITUTION" !== data){
const err135 = {instancePath,keyword:"const",params:{allowedValue: "UNAUTHORIZED_INSTITUTION"}};
if(vErrors === null){
vErrors = [err135];
}
else {
vErrors.push(err135);
}
errors++;
}
var _valid0 = _errs136 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 134];
}
else {
if(_valid0){
valid0 = true;
passing0 = 134;
}
const _errs137 = errors;
if("INSTITUTION_REGISTRATION_REQUIRED" !== data){
const err136 = {instancePath,keyword:"const",params:{allowedValue: "INSTITUTION_REGISTRATION_REQUIRED"}};
if(vErrors === null){
vErrors = [err136];
}
else {
vErrors.push(err136);
}
errors++;
}
var _valid0 = _errs137 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 135];
}
else {
if(_valid0){
valid0 = true;
passing0 = 135;
}
const _errs138 = errors;
if("UNSUPPORTED_RESPONSE" !== data){
const err137 = {instancePath,keyword:"const",params:{allowedValue: "UNSUPPORTED_RESPONSE"}};
if(vErrors === null){
vErrors = [err137];
}
else {
vErrors.push(err137);
}
errors++;
}
var _valid0 = _errs138 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 136];
}
else {
if(_valid0){
valid0 = true;
passing0 = 136;
}
const _errs139 = errors;
if("ADDITIONAL_CONSENT_REQUIRED" !== data){
const err138 = {instancePath,keyword:"const",params:{allowedValue: "ADDITIONAL_CONSENT_REQUIRED"}};
if(vErrors === null){
vErrors = [err138];
}
else {
vErrors.push(err138);
}
errors++;
}
var _valid0 = _errs139 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 137];
}
else {
if(_valid0){
valid0 = true;
passing0 = 137;
}
const _errs140 = errors;
if("INVALID_PUBLIC_TOKEN" !== data){
const err139 = {instancePath,keyword:"const",params:{allowedValue: "INVALID_PUBLIC_TOKEN"}};
if(vErrors === null){
vErrors = [err139];
}
else {
vErrors.push(err139);
}
errors++;
}
var _valid0 = _errs140 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 138];
}
else {
if(_valid0){
valid0 = true;
passing0 = 138;
}
const _errs141 = errors;
if("INVALID_STRIPE_ACCOUNT" !== data){
const err140 = {instancePath,keyword:"const",params:{allowedValue: "INVALID_STRIPE_ACCOUNT"}};
if(vErrors === null){
vErrors = [err140];
}
else {
vErrors.push(err140);
}
errors++;
}
var _valid0 = _errs141 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 139];
}
else {
if(_valid0){
valid0 = true;
passing0 = 139;
}
const _errs142 = errors;
if("INVALID_USER_TOKEN" !== data){
const err141 = {instancePath,keyword:"const",params:{allowedValue: "INVALID_USER_TOKEN"}};
if(vErrors === null){
vErrors = [err141];
}
else {
vErrors.push(err141);
}
errors++;
}
var _valid0 = _errs142 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 140];
}
else {
if(_valid0){
valid0 = true;
passing0 = 140;
}
const _errs143 = errors;
if("INVALID_WEBHOOK_VERIFICATION_KEY_ID" !== data){
const err142 = {instancePath,keyword:"const",params:{allowedValue: "INVALID_WEBHOOK_VERIFICATION_KEY_ID"}};
if(vErrors === null){
vErrors = [err142];
}
else {
vErrors.push(err142);
}
errors++;
}
var _valid0 = _errs143 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 141];
}
else {
if(_valid0){
valid0 = true;
passing0 = 141;
}
const _errs144 = errors;
if("UNAUTHORIZED_ACCESS" !== data){
const err143 = {instancePath,keyword:"const",params:{allowedValue: "UNAUTHORIZED_ACCESS"}};
if(vErrors === null){
vErrors = [err143];
}
else {
vErrors.push(err143);
}
errors++;
}
var _valid0 = _errs144 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 142];
}
else {
if(_valid0){
valid0 = true;
passing0 = 142;
}
const _errs145 = errors;
if("PRODUCT_UNAVAILABLE" !== data){
const err144 = {instancePath,keyword:"const",params:{allowedValue: "PRODUCT_UNAVAILABLE"}};
if(vErrors === null){
vErrors = [err144];
}
else {
vErrors.push(err144);
}
errors++;
}
var _valid0 = _errs145 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 143];
}
else {
if(_valid0){
valid0 = true;
passing0 = 143;
}
const _errs146 = errors;
if("TOO_MANY_VERIFICATION_ATTEMPTS" !== data){
const err145 = {instancePath,keyword:"const",params:{allowedValue: "TOO_MANY_VERIFICATION_ATTEMPTS"}};
if(vErrors === null){
vErrors = [err145];
}
else {
vErrors.push(err145);
}
errors++;
}
var _valid0 = _errs146 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 144];
}
else {
if(_valid0){
valid0 = true;
passing0 = 144;
}
const _errs147 = errors;
if("UNAUTHORIZED_ENVIRONMENT" !== data){
const err146 = {instancePath,keyword:"const",params:{allowedValue: "UNAUTHORIZED_ENVIRONMENT"}};
if(vErrors === null){
vErrors = [err146];
}
else {
vErrors.push(err146);
}
errors++;
}
var _valid0 = _errs147 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 145];
}
else {
if(_valid0){
valid0 = true;
passing0 = 145;
}
const _errs148 = errors;
if("UNAUTHORIZED_ROUTE_ACCESS" !== data){
const err147 = {instancePath,keyword:"const",params:{allowedValue: "UNAUTHORIZED_ROUTE_ACCESS"}};
if(vErrors === null){
vErrors = [err147];
}
else {
vErrors.push(err147);
}
errors++;
}
var _valid0 = _errs148 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 146];
}
else {
if(_valid0){
valid0 = true;
passing0 = 146;
}
const _errs149 = errors;
if("USER_PERMISSION_REVOKED" !== data){
const err148 = {instancePath,keyword:"const",params:{allowedValue: "USER_PERMISSION_REVOKED"}};
if(vErrors === null){
vErrors = [err148];
}
else {
vErrors.push(err148);
}
errors++;
}
var _valid0 = _errs149 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 147];
}
else {
if(_valid0){
valid0 = true;
passing0 = 147;
}
const _errs150 = errors;
if(!((data === "ITEM_NO_ERROR") || (data === "item-no-error"))){
const err149 = {instancePath,keyword:"enum",params:{allowedValues: schema74.oneOf[148].enum}};
if(vErrors === null){
vErrors = [err149];
}
else {
vErrors.push(err149);
}
errors++;
}
var _valid0 = _errs150 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 148];
}
else {
if(_valid0){
valid0 = true;
passing0 = 148;
}
const _errs151 = errors;
if("ITEM_PRODUCT_NOT_READY" !== data){
const err150 = {instancePath,keyword:"const",params:{allowedValue: "ITEM_PRODUCT_NOT_READY"}};
if(vErrors === null){
vErrors = [err150];
}
else {
vErrors.push(err150);
}
errors++;
}
var _valid0 = _errs151 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 149];
}
else {
if(_valid0){
valid0 = true;
passing0 = 149;
}
const _errs152 = errors;
if("ASSET_PRODUCT_NOT_READY" !== data){
const err151 = {instancePath,keyword:"const",params:{allowedValue: "ASSET_PRODUCT_NOT_READY"}};
if(vErrors === null){
vErrors = [err151];
}
else {
vErrors.push(err151);
}
errors++;
}
var _valid0 = _errs152 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 150];
}
else {
if(_valid0){
valid0 = true;
passing0 = 150;
}
const _errs153 = errors;
if("BANK_TRANSFER_LIMIT_EXCEEDED" !== data){
const err152 = {instancePath,keyword:"const",params:{allowedValue: "BANK_TRANSFER_LIMIT_EXCEEDED"}};
if(vErrors === null){
vErrors = [err152];
}
else {
vErrors.push(err152);
}
errors++;
}
var _valid0 = _errs153 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 151];
}
else {
if(_valid0){
valid0 = true;
passing0 = 151;
}
const _errs154 = errors;
if("BANK_TRANSFER_MISSING_ORIGINATION_ACCOUNT" !== data){
const err153 = {instancePath,keyword:"const",params:{allowedValue: "BANK_TRANSFER_MISSING_ORIGINATION_ACCOUNT"}};
if(vErrors === null){
vErrors = [err153];
}
else {
vErrors.push(err153);
}
errors++;
}
var _valid0 = _errs154 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 152];
}
else {
if(_valid0){
valid0 = true;
passing0 = 152;
}
const _errs155 = errors;
if("BANK_TRANSFER_INVALID_ORIGINATION_ACCOUNT" !== data){
const err154 = {instancePath,keyword:"const",params:{allowedValue: "BANK_TRANSFER_INVALID_ORIGINATION_ACCOUNT"}};
if(vErrors === null){
vErrors = [err154];
}
else {
vErrors.push(err154);
}
errors++;
}
var _valid0 = _errs155 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 153];
}
else {
if(_valid0){
valid0 = true;
passing0 = 153;
}
const _errs156 = errors;
if("BANK_TRANSFER_INSUFFICIENT_FUNDS" !== data){
const err155 = {instancePath,keyword:"const",params:{allowedValue: "BANK_TRANSFER_INSUFFICIENT_FUNDS"}};
if(vErrors === null){
vErrors = [err155];
}
else {
vErrors.push(err155);
}
errors++;
}
var _valid0 = _errs156 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 154];
}
else {
if(_valid0){
valid0 = true;
passing0 = 154;
}
const _errs157 = errors;
if("BANK_TRANSFER_NOT_CANCELLABLE" !== data){
const err156 = {instancePath,keyword:"const",params:{allowedValue: "BANK_TRANSFER_NOT_CANCELLABLE"}};
if(vErrors === null){
vErrors = [err156];
}
else {
vErrors.push(err156);
}
errors++;
}
var _valid0 = _errs157 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 155];
}
else {
if(_valid0){
valid0 = true;
passing0 = 155;
}
const _errs158 = errors;
if("BANK_TRANSFER_UNSUPPORTED_ACCOUNT_TYPE" !== data){
const err157 = {instancePath,keyword:"const",params:{allowedValue: "BANK_TRANSFER_UNSUPPORTED_ACCOUNT_TYPE"}};
if(vErrors === null){
vErrors = [err157];
}
else {
vErrors.push(err157);
}
errors++;
}
var _valid0 = _errs158 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 156];
}
else {
if(_valid0){
valid0 = true;
passing0 = 156;
}
const _errs159 = errors;
if("BANK_TRANSFER_UNSUPPORTED_ENVIRONMENT" !== data){
const err158 = {instancePath,keyword:"const",params:{allowedValue: "BANK_TRANSFER_UNSUPPORTED_ENVIRONMENT"}};
if(vErrors === null){
vErrors = [err158];
}
else {
vErrors.push(err158);
}
errors++;
}
var _valid0 = _errs159 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 157];
}
else {
if(_valid0){
valid0 = true;
passing0 = 157;
}
const _errs160 = errors;
if("SANDBOX_BANK_TRANSFER_EVENT_TRANSITION_INVALID" !== data){
const err159 = {instancePath,keyword:"const",params:{allowedValue: "SANDBOX_BANK_TRANSFER_EVENT_TRANSITION_INVALID"}};
if(vErrors === null){
vErrors = [err159];
}
else {
vErrors.push(err159);
}
errors++;
}
var _valid0 = _errs160 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 158];
}
else {
if(_valid0){
valid0 = true;
passing0 = 158;
}
const _errs161 = errors;
if("INCORRECT_DEPOSIT_AMOUNTS" !== data){
const err160 = {instancePath,keyword:"const",params:{allowedValue: "INCORRECT_DEPOSIT_AMOUNTS"}};
if(vErrors === null){
vErrors = [err160];
}
else {
vErrors.push(err160);
}
errors++;
}
var _valid0 = _errs161 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 159];
}
else {
if(_valid0){
valid0 = true;
passing0 = 159;
}
const _errs162 = errors;
if("MICRODEPOSITS_ALREADY_VERIFIED" !== data){
const err161 = {instancePath,keyword:"const",params:{allowedValue: "MICRODEPOSITS_ALREADY_VERIFIED"}};
if(vErrors === null){
vErrors = [err161];
}
else {
vErrors.push(err161);
}
errors++;
}
var _valid0 = _errs162 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 160];
}
else {
if(_valid0){
valid0 = true;
passing0 = 160;
}
const _errs163 = errors;
if("ADDITION_LIMIT" !== data){
const err162 = {instancePath,keyword:"const",params:{allowedValue: "ADDITION_LIMIT"}};
if(vErrors === null){
vErrors = [err162];
}
else {
vErrors.push(err162);
}
errors++;
}
var _valid0 = _errs163 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 161];
}
else {
if(_valid0){
valid0 = true;
passing0 = 161;
}
const _errs164 = errors;
if("DATA_QUALITY_CHECK_FAILED" !== data){
const err163 = {instancePath,keyword:"const",params:{allowedValue: "DATA_QUALITY_CHECK_FAILED"}};
if(vErrors === null){
vErrors = [err163];
}
else {
vErrors.push(err163);
}
errors++;
}
var _valid0 = _errs164 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 162];
}
else {
if(_valid0){
valid0 = true;
passing0 = 162;
}
const _errs165 = errors;
if("CONSUMER_REPORT_EXPIRED" !== data){
const err164 = {instancePath,keyword:"const",params:{allowedValue: "CONSUMER_REPORT_EXPIRED"}};
if(vErrors === null){
vErrors = [err164];
}
else {
vErrors.push(err164);
}
errors++;
}
var _valid0 = _errs165 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 163];
}
else {
if(_valid0){
valid0 = true;
passing0 = 163;
}
const _errs166 = errors;
if("INSTITUTION_TRANSACTION_HISTORY_NOT_SUPPORTED" !== data){
const err165 = {instancePath,keyword:"const",params:{allowedValue: "INSTITUTION_TRANSACTION_HISTORY_NOT_SUPPORTED"}};
if(vErrors === null){
vErrors = [err165];
}
else {
vErrors.push(err165);
}
errors++;
}
var _valid0 = _errs166 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 164];
}
else {
if(_valid0){
valid0 = true;
passing0 = 164;
}
const _errs167 = errors;
if("INSUFFICIENT_TRANSACTION_DATA" !== data){
const err166 = {instancePath,keyword:"const",params:{allowedValue: "INSUFFICIENT_TRANSACTION_DATA"}};
if(vErrors === null){
vErrors = [err166];
}
else {
vErrors.push(err166);
}
errors++;
}
var _valid0 = _errs167 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 165];
}
else {
if(_valid0){
valid0 = true;
passing0 = 165;
}
const _errs168 = errors;
if("NETWORK_CONSENT_REQUIRED" !== data){
const err167 = {instancePath,keyword:"const",params:{allowedValue: "NETWORK_CONSENT_REQUIRED"}};
if(vErrors === null){
vErrors = [err167];
}
else {
vErrors.push(err167);
}
errors++;
}
var _valid0 = _errs168 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 166];
}
else {
if(_valid0){
valid0 = true;
passing0 = 166;
}
const _errs169 = errors;
if("INVALID_USER_ID" !== data){
const err168 = {instancePath,keyword:"const",params:{allowedValue: "INVALID_USER_ID"}};
if(vErrors === null){
vErrors = [err168];
}
else {
vErrors.push(err168);
}
errors++;
}
var _valid0 = _errs169 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 167];
}
else {
if(_valid0){
valid0 = true;
passing0 = 167;
}
const _errs170 = errors;
if("INVALID_USER_IDENTITY_DATA" !== data){
const err169 = {instancePath,keyword:"const",params:{allowedValue: "INVALID_USER_IDENTITY_DATA"}};
if(vErrors === null){
vErrors = [err169];
}
else {
vErrors.push(err169);
}
errors++;
}
var _valid0 = _errs170 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 168];
}
else {
if(_valid0){
valid0 = true;
passing0 = 168;
}
const _errs171 = errors;
if("PROFILE_AUTHENTICATION_FAILED" !== data){
const err170 = {instancePath,keyword:"const",params:{allowedValue: "PROFILE_AUTHENTICATION_FAILED"}};
if(vErrors === null){
vErrors = [err170];
}
else {
vErrors.push(err170);
}
errors++;
}
var _valid0 = _errs171 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 169];
}
else {
if(_valid0){
valid0 = true;
passing0 = 169;
}
const _errs172 = errors;
if("MANUAL_VERIFICATION_REQUIRED" !== data){
const err171 = {instancePath,keyword:"const",params:{allowedValue: "MANUAL_VERIFICATION_REQUIRED"}};
if(vErrors === null){
vErrors = [err171];
}
else {
vErrors.push(err171);
}
errors++;
}
var _valid0 = _errs172 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 170];
}
else {
if(_valid0){
valid0 = true;
passing0 = 170;
}
const _errs173 = errors;
if("OAUTH_REGISTRATION_ERROR" !== data){
const err172 = {instancePath,keyword:"const",params:{allowedValue: "OAUTH_REGISTRATION_ERROR"}};
if(vErrors === null){
vErrors = [err172];
}
else {
vErrors.push(err172);
}
errors++;
}
var _valid0 = _errs173 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 171];
}
else {
if(_valid0){
valid0 = true;
passing0 = 171;
}
const _errs174 = errors;
if("INSTITUTION_RATE_LIMIT" !== data){
const err173 = {instancePath,keyword:"const",params:{allowedValue: "INSTITUTION_RATE_LIMIT"}};
if(vErrors === null){
vErrors = [err173];
}
else {
vErrors.push(err173);
}
errors++;
}
var _valid0 = _errs174 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 172];
}
else {
if(_valid0){
valid0 = true;
passing0 = 172;
}
const _errs175 = errors;
if("TRANSACTIONS_REFRESH_LIMIT" !== data){
const err174 = {instancePath,keyword:"const",params:{allowedValue: "TRANSACTIONS_REFRESH_LIMIT"}};
if(vErrors === null){
vErrors = [err174];
}
else {
vErrors.push(err174);
}
errors++;
}
var _valid0 = _errs175 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 173];
}
else {
if(_valid0){
valid0 = true;
passing0 = 173;
}
const _errs176 = errors;
if("ADDENDUM_NOT_SIGNED" !== data){
const err175 = {instancePath,keyword:"const",params:{allowedValue: "ADDENDUM_NOT_SIGNED"}};
if(vErrors === null){
vErrors = [err175];
}
else {
vErrors.push(err175);
}
errors++;
}
var _valid0 = _errs176 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 174];
}
else {
if(_valid0){
valid0 = true;
passing0 = 174;
}
const _errs177 = errors;
if("CLIENT_TRANSACTION_ID_ALREADY_IN_USE" !== data){
const err176 = {instancePath,keyword:"const",params:{allowedValue: "CLIENT_TRANSACTION_ID_ALREADY_IN_USE"}};
if(vErrors === null){
vErrors = [err176];
}
else {
vErrors.push(err176);
}
errors++;
}
var _valid0 = _errs177 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 175];
}
else {
if(_valid0){
valid0 = true;
passing0 = 175;
}
const _errs178 = errors;
if("INVALID_CONFIGURATION_STATE" !== data){
const err177 = {instancePath,keyword:"const",params:{allowedValue: "INVALID_CONFIGURATION_STATE"}};
if(vErrors === null){
vErrors = [err177];
}
else {
vErrors.push(err177);
}
errors++;
}
var _valid0 = _errs178 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 176];
}
else {
if(_valid0){
valid0 = true;
passing0 = 176;
}
const _errs179 = errors;
if("NOT_ENABLED_FOR_SIGNAL_TRANSACTION_SCORE_RULESETS" !== data){
const err178 = {instancePath,keyword:"const",params:{allowedValue: "NOT_ENABLED_FOR_SIGNAL_TRANSACTION_SCORE_RULESETS"}};
if(vErrors === null){
vErrors = [err178];
}
else {
vErrors.push(err178);
}
errors++;
}
var _valid0 = _errs179 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 177];
}
else {
if(_valid0){
valid0 = true;
passing0 = 177;
}
const _errs180 = errors;
if("RULESET_NOT_FOUND" !== data){
const err179 = {instancePath,keyword:"const",params:{allowedValue: "RULESET_NOT_FOUND"}};
if(vErrors === null){
vErrors = [err179];
}
else {
vErrors.push(err179);
}
errors++;
}
var _valid0 = _errs180 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 178];
}
else {
if(_valid0){
valid0 = true;
passing0 = 178;
}
const _errs181 = errors;
if("SIGNAL_TRANSACTION_NOT_INITIATED" !== data){
const err180 = {instancePath,keyword:"const",params:{allowedValue: "SIGNAL_TRANSACTION_NOT_INITIATED"}};
if(vErrors === null){
vErrors = [err180];
}
else {
vErrors.push(err180);
}
errors++;
}
var _valid0 = _errs181 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 179];
}
else {
if(_valid0){
valid0 = true;
passing0 = 179;
}
const _errs182 = errors;
if("TRANSFER_NETWORK_LIMIT_EXCEEDED" !== data){
const err181 = {instancePath,keyword:"const",params:{allowedValue: "TRANSFER_NETWORK_LIMIT_EXCEEDED"}};
if(vErrors === null){
vErrors = [err181];
}
else {
vErrors.push(err181);
}
errors++;
}
var _valid0 = _errs182 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 180];
}
else {
if(_valid0){
valid0 = true;
passing0 = 180;
}
const _errs183 = errors;
if("USER_NOT_FOUND" !== data){
const err182 = {instancePath,keyword:"const",params:{allowedValue: "USER_NOT_FOUND"}};
if(vErrors === null){
vErrors = [err182];
}
else {
vErrors.push(err182);
}
errors++;
}
var _valid0 = _errs183 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 181];
}
else {
if(_valid0){
valid0 = true;
passing0 = 181;
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
if(!valid0){
const err183 = {instancePath,keyword:"oneOf",params:{passingSchemas: passing0}};
if(vErrors === null){
vErrors = [err183];
}
else {
vErrors.push(err183);
}
errors++;
}
else {
errors = _errs1;
if(vErrors !== null){
if(_errs1){
vErrors.length = _errs1;
}
else {
vErrors = null;
}
}
}
validate421.errors = vErrors;
return errors === 0;
}
validate421.evaluated = {"dynamicProps":false,"dynamicItems":false};


function validate418(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate418.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(data && typeof data == "object" && !Array.isArray(data))){
const err0 = {instancePath,keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.error_type === undefined){
const err1 = {instancePath,keyword:"required",params:{missingProperty: "error_type"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.error_type !== undefined){
if(!(validate419(data.error_type, {instancePath:instancePath+"/error_type",parentData:data,parentDataProperty:"error_type",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate419.errors : vErrors.concat(validate419.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.error_code === undefined){
const err2 = {instancePath,keyword:"required",params:{missingProperty: "error_code"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.error_code !== undefined){
if(!(validate421(data.error_code, {instancePath:instancePath+"/error_code",parentData:data,parentDataProperty:"error_code",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate421.errors : vErrors.concat(validate421.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.error_code_reason !== undefined){
if(!(validate62(data.error_code_reason, {instancePath:instancePath+"/error_code_reason",parentData:data,parentDataProperty:"error_code_reason",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate62.errors : vErrors.concat(validate62.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.error_message === undefined){
const err3 = {instancePath,keyword:"required",params:{missingProperty: "error_message"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.error_message !== undefined){
if(!(validate62(data.error_message, {instancePath:instancePath+"/error_message",parentData:data,parentDataProperty:"error_message",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate62.errors : vErrors.concat(validate62.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.display_message === undefined){
const err4 = {instancePath,keyword:"required",params:{missingProperty: "display_message"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.display_message !== undefined){
if(!(validate62(data.display_message, {instancePath:instancePath+"/display_message",parentData:data,parentDataProperty:"display_message",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate62.errors : vErrors.concat(validate62.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.request_id !== undefined){
if(!(validate54(data.request_id, {instancePath:instancePath+"/request_id",parentData:data,parentDataProperty:"request_id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.causes !== undefined){
let data6 = data.causes;
if(Array.isArray(data6)){
const len0 = data6.length;
for(let i0=0; i0<len0; i0++){
if(!(validate68(data6[i0], {instancePath:instancePath+"/causes/" + i0,parentData:data6,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate68.errors : vErrors.concat(validate68.errors);
errors = vErrors.length;
}
}
}
else {
const err5 = {instancePath:instancePath+"/causes",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.status !== undefined){
if(!(validate108(data.status, {instancePath:instancePath+"/status",parentData:data,parentDataProperty:"status",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate108.errors : vErrors.concat(validate108.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.documentation_url !== undefined){
if(!(validate112(data.documentation_url, {instancePath:instancePath+"/documentation_url",parentData:data,parentDataProperty:"documentation_url",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate112.errors : vErrors.concat(validate112.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.suggested_action !== undefined){
if(!(validate62(data.suggested_action, {instancePath:instancePath+"/suggested_action",parentData:data,parentDataProperty:"suggested_action",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate62.errors : vErrors.concat(validate62.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.required_account_subtypes !== undefined){
let data11 = data.required_account_subtypes;
if(Array.isArray(data11)){
const len1 = data11.length;
for(let i1=0; i1<len1; i1++){
if(!(validate68(data11[i1], {instancePath:instancePath+"/required_account_subtypes/" + i1,parentData:data11,parentDataProperty:i1,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate68.errors : vErrors.concat(validate68.errors);
errors = vErrors.length;
}
}
}
else {
const err6 = {instancePath:instancePath+"/required_account_subtypes",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.provided_account_subtypes !== undefined){
let data13 = data.provided_account_subtypes;
if(Array.isArray(data13)){
const len2 = data13.length;
for(let i2=0; i2<len2; i2++){
if(!(validate68(data13[i2], {instancePath:instancePath+"/provided_account_subtypes/" + i2,parentData:data13,parentDataProperty:i2,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate68.errors : vErrors.concat(validate68.errors);
errors = vErrors.length;
}
}
}
else {
const err7 = {instancePath:instancePath+"/provided_account_subtypes",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(func3.call(schema72.allOf[12].properties, key0))){
const err8 = {instancePath,keyword:"additionalProperties",params:{additionalProperty: key0}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
validate418.errors = vErrors;
return errors === 0;
}
validate418.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate417(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate417.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs0 = errors;
let valid0 = true;
const _errs1 = errors;
if(data !== null){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
var _valid0 = _errs1 === errors;
errors = _errs0;
if(vErrors !== null){
if(_errs0){
vErrors.length = _errs0;
}
else {
vErrors = null;
}
}
if(!_valid0){
const _errs3 = errors;
if(!(validate418(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate418.errors : vErrors.concat(validate418.errors);
errors = vErrors.length;
}
var _valid0 = _errs3 === errors;
valid0 = _valid0;
if(valid0){
var props0 = true;
}
}
if(!valid0){
const err1 = {instancePath,keyword:"if",params:{failingKeyword: "else"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
validate417.errors = vErrors;
evaluated0.props = props0;
return errors === 0;
}
validate417.evaluated = {"dynamicProps":true,"dynamicItems":false};


function validate412(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate412.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(data && typeof data == "object" && !Array.isArray(data))){
const err0 = {instancePath,keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.webhook_type === undefined){
const err1 = {instancePath,keyword:"required",params:{missingProperty: "webhook_type"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.webhook_type !== undefined){
if("SCREENING" !== data.webhook_type){
const err2 = {instancePath:instancePath+"/webhook_type",keyword:"const",params:{allowedValue: "SCREENING"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.webhook_code === undefined){
const err3 = {instancePath,keyword:"required",params:{missingProperty: "webhook_code"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.webhook_code !== undefined){
if(!(validate413(data.webhook_code, {instancePath:instancePath+"/webhook_code",parentData:data,parentDataProperty:"webhook_code",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate413.errors : vErrors.concat(validate413.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.environment !== undefined){
if(!(validate54(data.environment, {instancePath:instancePath+"/environment",parentData:data,parentDataProperty:"environment",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.item_id !== undefined){
if(!(validate54(data.item_id, {instancePath:instancePath+"/item_id",parentData:data,parentDataProperty:"item_id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.error !== undefined){
if(!(validate417(data.error, {instancePath:instancePath+"/error",parentData:data,parentDataProperty:"error",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate417.errors : vErrors.concat(validate417.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.screening_id !== undefined){
if(!(validate54(data.screening_id, {instancePath:instancePath+"/screening_id",parentData:data,parentDataProperty:"screening_id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!((((((key0 === "webhook_type") || (key0 === "webhook_code")) || (key0 === "environment")) || (key0 === "item_id")) || (key0 === "error")) || (key0 === "screening_id"))){
const err4 = {instancePath,keyword:"additionalProperties",params:{additionalProperty: key0}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
validate412.errors = vErrors;
return errors === 0;
}
validate412.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate436(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate436.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(data && typeof data == "object" && !Array.isArray(data))){
const err0 = {instancePath,keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.webhook_type === undefined){
const err1 = {instancePath,keyword:"required",params:{missingProperty: "webhook_type"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.webhook_type !== undefined){
if("ENTITY_SCREENING" !== data.webhook_type){
const err2 = {instancePath:instancePath+"/webhook_type",keyword:"const",params:{allowedValue: "ENTITY_SCREENING"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.webhook_code === undefined){
const err3 = {instancePath,keyword:"required",params:{missingProperty: "webhook_code"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.webhook_code !== undefined){
if(!(validate413(data.webhook_code, {instancePath:instancePath+"/webhook_code",parentData:data,parentDataProperty:"webhook_code",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate413.errors : vErrors.concat(validate413.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.environment !== undefined){
if(!(validate54(data.environment, {instancePath:instancePath+"/environment",parentData:data,parentDataProperty:"environment",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.item_id !== undefined){
if(!(validate54(data.item_id, {instancePath:instancePath+"/item_id",parentData:data,parentDataProperty:"item_id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.error !== undefined){
if(!(validate417(data.error, {instancePath:instancePath+"/error",parentData:data,parentDataProperty:"error",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate417.errors : vErrors.concat(validate417.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.entity_screening_id !== undefined){
if(!(validate54(data.entity_screening_id, {instancePath:instancePath+"/entity_screening_id",parentData:data,parentDataProperty:"entity_screening_id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!((((((key0 === "webhook_type") || (key0 === "webhook_code")) || (key0 === "environment")) || (key0 === "item_id")) || (key0 === "error")) || (key0 === "entity_screening_id"))){
const err4 = {instancePath,keyword:"additionalProperties",params:{additionalProperty: key0}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
validate436.errors = vErrors;
return errors === 0;
}
validate436.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema76 = {"type":"object","allOf":[{"required":["webhook_type"],"properties":{"webhook_type":{"const":"BEACON"}}},{"required":["webhook_code"],"properties":{"webhook_code":{"$ref":"#/$defs/d56"}}},{"properties":{"environment":{"$ref":"#/$defs/d0"}}},{"properties":{"item_id":{"$ref":"#/$defs/d0"}}},{"properties":{"error":{"$ref":"#/$defs/d53"}}},{"properties":{"beacon_user_id":{"$ref":"#/$defs/d0"}}},{"properties":{"beacon_report_id":{"$ref":"#/$defs/d0"}}},{"properties":{"beacon_report_syndication_id":{"$ref":"#/$defs/d0"}}},{"properties":{"beacon_duplicate_id":{"$ref":"#/$defs/d0"}}},{"properties":{"webhook_type":true,"webhook_code":true,"environment":true,"item_id":true,"error":true,"beacon_user_id":true,"beacon_report_id":true,"beacon_report_syndication_id":true,"beacon_duplicate_id":true},"additionalProperties":false}]};
const schema77 = {"type":"string","enum":["USER_STATUS_UPDATED","REPORT_CREATED","REPORT_UPDATED","REPORT_SYNDICATION_CREATED","DUPLICATE_DETECTED"]};

function validate443(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate443.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(typeof data !== "string"){
const err0 = {instancePath,keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(!(((((data === "USER_STATUS_UPDATED") || (data === "REPORT_CREATED")) || (data === "REPORT_UPDATED")) || (data === "REPORT_SYNDICATION_CREATED")) || (data === "DUPLICATE_DETECTED"))){
const err1 = {instancePath,keyword:"enum",params:{allowedValues: schema77.enum}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
validate443.errors = vErrors;
return errors === 0;
}
validate443.evaluated = {"dynamicProps":false,"dynamicItems":false};


function validate442(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate442.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(data && typeof data == "object" && !Array.isArray(data))){
const err0 = {instancePath,keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.webhook_type === undefined){
const err1 = {instancePath,keyword:"required",params:{missingProperty: "webhook_type"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.webhook_type !== undefined){
if("BEACON" !== data.webhook_type){
const err2 = {instancePath:instancePath+"/webhook_type",keyword:"const",params:{allowedValue: "BEACON"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.webhook_code === undefined){
const err3 = {instancePath,keyword:"required",params:{missingProperty: "webhook_code"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.webhook_code !== undefined){
if(!(validate443(data.webhook_code, {instancePath:instancePath+"/webhook_code",parentData:data,parentDataProperty:"webhook_code",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate443.errors : vErrors.concat(validate443.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.environment !== undefined){
if(!(validate54(data.environment, {instancePath:instancePath+"/environment",parentData:data,parentDataProperty:"environment",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.item_id !== undefined){
if(!(validate54(data.item_id, {instancePath:instancePath+"/item_id",parentData:data,parentDataProperty:"item_id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.error !== undefined){
if(!(validate417(data.error, {instancePath:instancePath+"/error",parentData:data,parentDataProperty:"error",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate417.errors : vErrors.concat(validate417.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.beacon_user_id !== undefined){
if(!(validate54(data.beacon_user_id, {instancePath:instancePath+"/beacon_user_id",parentData:data,parentDataProperty:"beacon_user_id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.beacon_report_id !== undefined){
if(!(validate54(data.beacon_report_id, {instancePath:instancePath+"/beacon_report_id",parentData:data,parentDataProperty:"beacon_report_id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.beacon_report_syndication_id !== undefined){
if(!(validate54(data.beacon_report_syndication_id, {instancePath:instancePath+"/beacon_report_syndication_id",parentData:data,parentDataProperty:"beacon_report_syndication_id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.beacon_duplicate_id !== undefined){
if(!(validate54(data.beacon_duplicate_id, {instancePath:instancePath+"/beacon_duplicate_id",parentData:data,parentDataProperty:"beacon_duplicate_id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(func3.call(schema76.allOf[9].properties, key0))){
const err4 = {instancePath,keyword:"additionalProperties",params:{additionalProperty: key0}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
validate442.errors = vErrors;
return errors === 0;
}
validate442.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema79 = {"type":"string","enum":["STEP_UPDATED","RETRIED","STATUS_UPDATED"]};

function validate453(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate453.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(typeof data !== "string"){
const err0 = {instancePath,keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(!(((data === "STEP_UPDATED") || (data === "RETRIED")) || (data === "STATUS_UPDATED"))){
const err1 = {instancePath,keyword:"enum",params:{allowedValues: schema79.enum}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
validate453.errors = vErrors;
return errors === 0;
}
validate453.evaluated = {"dynamicProps":false,"dynamicItems":false};


function validate452(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate452.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(data && typeof data == "object" && !Array.isArray(data))){
const err0 = {instancePath,keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.webhook_type === undefined){
const err1 = {instancePath,keyword:"required",params:{missingProperty: "webhook_type"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.webhook_type !== undefined){
if("IDENTITY_VERIFICATION" !== data.webhook_type){
const err2 = {instancePath:instancePath+"/webhook_type",keyword:"const",params:{allowedValue: "IDENTITY_VERIFICATION"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.webhook_code === undefined){
const err3 = {instancePath,keyword:"required",params:{missingProperty: "webhook_code"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.webhook_code !== undefined){
if(!(validate453(data.webhook_code, {instancePath:instancePath+"/webhook_code",parentData:data,parentDataProperty:"webhook_code",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate453.errors : vErrors.concat(validate453.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.environment !== undefined){
if(!(validate54(data.environment, {instancePath:instancePath+"/environment",parentData:data,parentDataProperty:"environment",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.item_id !== undefined){
if(!(validate54(data.item_id, {instancePath:instancePath+"/item_id",parentData:data,parentDataProperty:"item_id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.error !== undefined){
if(!(validate417(data.error, {instancePath:instancePath+"/error",parentData:data,parentDataProperty:"error",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate417.errors : vErrors.concat(validate417.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.identity_verification_id !== undefined){
if(!(validate54(data.identity_verification_id, {instancePath:instancePath+"/identity_verification_id",parentData:data,parentDataProperty:"identity_verification_id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!((((((key0 === "webhook_type") || (key0 === "webhook_code")) || (key0 === "environment")) || (key0 === "item_id")) || (key0 === "error")) || (key0 === "identity_verification_id"))){
const err4 = {instancePath,keyword:"additionalProperties",params:{additionalProperty: key0}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
validate452.errors = vErrors;
return errors === 0;
}
validate452.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema80 = {"type":"object","allOf":[{"required":["webhook_type"],"properties":{"webhook_type":{"const":"TRANSACTIONS"}}},{"required":["webhook_code"],"properties":{"webhook_code":{"$ref":"#/$defs/d60"}}},{"properties":{"environment":{"$ref":"#/$defs/d0"}}},{"properties":{"item_id":{"$ref":"#/$defs/d0"}}},{"properties":{"error":{"$ref":"#/$defs/d53"}}},{"properties":{"removed_transactions":{"type":"array","items":{"$ref":"#/$defs/d10"}}}},{"properties":{"account_id":{"$ref":"#/$defs/d0"}}},{"properties":{"new_transactions":{"$ref":"#/$defs/d2"}}},{"properties":{"user_id":{"$ref":"#/$defs/d0"}}},{"properties":{"initial_update_complete":{"type":"boolean"}}},{"properties":{"historical_update_complete":{"type":"boolean"}}},{"properties":{"account_ids":{"type":"array","items":{"$ref":"#/$defs/d10"}}}},{"properties":{"webhook_type":true,"webhook_code":true,"environment":true,"item_id":true,"error":true,"removed_transactions":true,"account_id":true,"new_transactions":true,"user_id":true,"initial_update_complete":true,"historical_update_complete":true,"account_ids":true},"additionalProperties":false}]};
const schema81 = {"type":"string","enum":["TRANSACTIONS_REMOVED","DEFAULT_UPDATE","SYNC_UPDATES_AVAILABLE","RECURRING_TRANSACTIONS_UPDATE","HISTORICAL_UPDATE","INITIAL_UPDATE"]};

function validate460(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate460.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(typeof data !== "string"){
const err0 = {instancePath,keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(!((((((data === "TRANSACTIONS_REMOVED") || (data === "DEFAULT_UPDATE")) || (data === "SYNC_UPDATES_AVAILABLE")) || (data === "RECURRING_TRANSACTIONS_UPDATE")) || (data === "HISTORICAL_UPDATE")) || (data === "INITIAL_UPDATE"))){
const err1 = {instancePath,keyword:"enum",params:{allowedValues: schema81.enum}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
validate460.errors = vErrors;
return errors === 0;
}
validate460.evaluated = {"dynamicProps":false,"dynamicItems":false};


function validate459(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate459.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(data && typeof data == "object" && !Array.isArray(data))){
const err0 = {instancePath,keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.webhook_type === undefined){
const err1 = {instancePath,keyword:"required",params:{missingProperty: "webhook_type"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.webhook_type !== undefined){
if("TRANSACTIONS" !== data.webhook_type){
const err2 = {instancePath:instancePath+"/webhook_type",keyword:"const",params:{allowedValue: "TRANSACTIONS"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.webhook_code === undefined){
const err3 = {instancePath,keyword:"required",params:{missingProperty: "webhook_code"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.webhook_code !== undefined){
if(!(validate460(data.webhook_code, {instancePath:instancePath+"/webhook_code",parentData:data,parentDataProperty:"webhook_code",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate460.errors : vErrors.concat(validate460.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.environment !== undefined){
if(!(validate54(data.environment, {instancePath:instancePath+"/environment",parentData:data,parentDataProperty:"environment",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.item_id !== undefined){
if(!(validate54(data.item_id, {instancePath:instancePath+"/item_id",parentData:data,parentDataProperty:"item_id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.error !== undefined){
if(!(validate417(data.error, {instancePath:instancePath+"/error",parentData:data,parentDataProperty:"error",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate417.errors : vErrors.concat(validate417.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.removed_transactions !== undefined){
let data5 = data.removed_transactions;
if(Array.isArray(data5)){
const len0 = data5.length;
for(let i0=0; i0<len0; i0++){
if(!(validate68(data5[i0], {instancePath:instancePath+"/removed_transactions/" + i0,parentData:data5,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate68.errors : vErrors.concat(validate68.errors);
errors = vErrors.length;
}
}
}
else {
const err4 = {instancePath:instancePath+"/removed_transactions",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.account_id !== undefined){
if(!(validate54(data.account_id, {instancePath:instancePath+"/account_id",parentData:data,parentDataProperty:"account_id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.new_transactions !== undefined){
if(!(validate70(data.new_transactions, {instancePath:instancePath+"/new_transactions",parentData:data,parentDataProperty:"new_transactions",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate70.errors : vErrors.concat(validate70.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.user_id !== undefined){
if(!(validate54(data.user_id, {instancePath:instancePath+"/user_id",parentData:data,parentDataProperty:"user_id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.initial_update_complete !== undefined){
if(typeof data.initial_update_complete !== "boolean"){
const err5 = {instancePath:instancePath+"/initial_update_complete",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.historical_update_complete !== undefined){
if(typeof data.historical_update_complete !== "boolean"){
const err6 = {instancePath:instancePath+"/historical_update_complete",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.account_ids !== undefined){
let data12 = data.account_ids;
if(Array.isArray(data12)){
const len1 = data12.length;
for(let i1=0; i1<len1; i1++){
if(!(validate68(data12[i1], {instancePath:instancePath+"/account_ids/" + i1,parentData:data12,parentDataProperty:i1,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate68.errors : vErrors.concat(validate68.errors);
errors = vErrors.length;
}
}
}
else {
const err7 = {instancePath:instancePath+"/account_ids",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(func3.call(schema80.allOf[12].properties, key0))){
const err8 = {instancePath,keyword:"additionalProperties",params:{additionalProperty: key0}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
validate459.errors = vErrors;
return errors === 0;
}
validate459.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema83 = {"type":"string","enum":["DEFAULT_UPDATE","PRODUCT_PERMISSIONS_REQUIRED"]};

function validate471(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate471.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(typeof data !== "string"){
const err0 = {instancePath,keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(!((data === "DEFAULT_UPDATE") || (data === "PRODUCT_PERMISSIONS_REQUIRED"))){
const err1 = {instancePath,keyword:"enum",params:{allowedValues: schema83.enum}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
validate471.errors = vErrors;
return errors === 0;
}
validate471.evaluated = {"dynamicProps":false,"dynamicItems":false};


function validate470(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate470.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(data && typeof data == "object" && !Array.isArray(data))){
const err0 = {instancePath,keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.webhook_type === undefined){
const err1 = {instancePath,keyword:"required",params:{missingProperty: "webhook_type"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.webhook_type !== undefined){
if("IDENTITY" !== data.webhook_type){
const err2 = {instancePath:instancePath+"/webhook_type",keyword:"const",params:{allowedValue: "IDENTITY"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.webhook_code === undefined){
const err3 = {instancePath,keyword:"required",params:{missingProperty: "webhook_code"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.webhook_code !== undefined){
if(!(validate471(data.webhook_code, {instancePath:instancePath+"/webhook_code",parentData:data,parentDataProperty:"webhook_code",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate471.errors : vErrors.concat(validate471.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.environment !== undefined){
if(!(validate54(data.environment, {instancePath:instancePath+"/environment",parentData:data,parentDataProperty:"environment",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.item_id !== undefined){
if(!(validate54(data.item_id, {instancePath:instancePath+"/item_id",parentData:data,parentDataProperty:"item_id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.error !== undefined){
if(!(validate417(data.error, {instancePath:instancePath+"/error",parentData:data,parentDataProperty:"error",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate417.errors : vErrors.concat(validate417.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.account_ids_with_updated_identity !== undefined){
let data5 = data.account_ids_with_updated_identity;
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
for(const key0 in data5){
if(!(validate72(data5[key0], {instancePath:instancePath+"/account_ids_with_updated_identity/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data5,parentDataProperty:key0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate72.errors : vErrors.concat(validate72.errors);
errors = vErrors.length;
}
}
}
else {
const err4 = {instancePath:instancePath+"/account_ids_with_updated_identity",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key1 in data){
if(!((((((key1 === "webhook_type") || (key1 === "webhook_code")) || (key1 === "environment")) || (key1 === "item_id")) || (key1 === "error")) || (key1 === "account_ids_with_updated_identity"))){
const err5 = {instancePath,keyword:"additionalProperties",params:{additionalProperty: key1}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
validate470.errors = vErrors;
return errors === 0;
}
validate470.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema85 = {"type":"string","enum":["WEBHOOK_UPDATE_ACKNOWLEDGED"]};

function validate478(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate478.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(typeof data !== "string"){
const err0 = {instancePath,keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(!(data === "WEBHOOK_UPDATE_ACKNOWLEDGED")){
const err1 = {instancePath,keyword:"enum",params:{allowedValues: schema85.enum}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
validate478.errors = vErrors;
return errors === 0;
}
validate478.evaluated = {"dynamicProps":false,"dynamicItems":false};


function validate477(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate477.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(data && typeof data == "object" && !Array.isArray(data))){
const err0 = {instancePath,keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.webhook_type === undefined){
const err1 = {instancePath,keyword:"required",params:{missingProperty: "webhook_type"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.webhook_type !== undefined){
if("PROCESSOR_TOKEN" !== data.webhook_type){
const err2 = {instancePath:instancePath+"/webhook_type",keyword:"const",params:{allowedValue: "PROCESSOR_TOKEN"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.webhook_code === undefined){
const err3 = {instancePath,keyword:"required",params:{missingProperty: "webhook_code"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.webhook_code !== undefined){
if(!(validate478(data.webhook_code, {instancePath:instancePath+"/webhook_code",parentData:data,parentDataProperty:"webhook_code",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate478.errors : vErrors.concat(validate478.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.environment !== undefined){
if(!(validate54(data.environment, {instancePath:instancePath+"/environment",parentData:data,parentDataProperty:"environment",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.item_id !== undefined){
if(!(validate54(data.item_id, {instancePath:instancePath+"/item_id",parentData:data,parentDataProperty:"item_id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.error !== undefined){
if(!(validate417(data.error, {instancePath:instancePath+"/error",parentData:data,parentDataProperty:"error",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate417.errors : vErrors.concat(validate417.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.account_id !== undefined){
if(!(validate54(data.account_id, {instancePath:instancePath+"/account_id",parentData:data,parentDataProperty:"account_id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.new_webhook_url !== undefined){
if(!(validate54(data.new_webhook_url, {instancePath:instancePath+"/new_webhook_url",parentData:data,parentDataProperty:"new_webhook_url",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(((((((key0 === "webhook_type") || (key0 === "webhook_code")) || (key0 === "environment")) || (key0 === "item_id")) || (key0 === "error")) || (key0 === "account_id")) || (key0 === "new_webhook_url"))){
const err4 = {instancePath,keyword:"additionalProperties",params:{additionalProperty: key0}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
validate477.errors = vErrors;
return errors === 0;
}
validate477.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema86 = {"type":"object","allOf":[{"required":["webhook_type"],"properties":{"webhook_type":{"const":"ISSUES"}}},{"required":["webhook_code"],"properties":{"webhook_code":{"$ref":"#/$defs/d66"}}},{"properties":{"environment":{"$ref":"#/$defs/d0"}}},{"properties":{"item_id":{"$ref":"#/$defs/d0"}}},{"properties":{"error":{"$ref":"#/$defs/d53"}}},{"properties":{"issue_id":{"$ref":"#/$defs/d0"}}},{"properties":{"issue_description":{"$ref":"#/$defs/d0"}}},{"properties":{"issue_resolved_at":{"$ref":"#/$defs/d23"}}},{"properties":{"institution_id":{"$ref":"#/$defs/d0"}}},{"properties":{"institution_name":{"$ref":"#/$defs/d0"}}},{"properties":{"webhook_type":true,"webhook_code":true,"environment":true,"item_id":true,"error":true,"issue_id":true,"issue_description":true,"issue_resolved_at":true,"institution_id":true,"institution_name":true},"additionalProperties":false}]};
const schema87 = {"type":"string","enum":["ISSUE_RESOLVED"]};

function validate486(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate486.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(typeof data !== "string"){
const err0 = {instancePath,keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(!(data === "ISSUE_RESOLVED")){
const err1 = {instancePath,keyword:"enum",params:{allowedValues: schema87.enum}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
validate486.errors = vErrors;
return errors === 0;
}
validate486.evaluated = {"dynamicProps":false,"dynamicItems":false};


function validate485(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate485.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(data && typeof data == "object" && !Array.isArray(data))){
const err0 = {instancePath,keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.webhook_type === undefined){
const err1 = {instancePath,keyword:"required",params:{missingProperty: "webhook_type"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.webhook_type !== undefined){
if("ISSUES" !== data.webhook_type){
const err2 = {instancePath:instancePath+"/webhook_type",keyword:"const",params:{allowedValue: "ISSUES"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.webhook_code === undefined){
const err3 = {instancePath,keyword:"required",params:{missingProperty: "webhook_code"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.webhook_code !== undefined){
if(!(validate486(data.webhook_code, {instancePath:instancePath+"/webhook_code",parentData:data,parentDataProperty:"webhook_code",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate486.errors : vErrors.concat(validate486.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.environment !== undefined){
if(!(validate54(data.environment, {instancePath:instancePath+"/environment",parentData:data,parentDataProperty:"environment",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.item_id !== undefined){
if(!(validate54(data.item_id, {instancePath:instancePath+"/item_id",parentData:data,parentDataProperty:"item_id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.error !== undefined){
if(!(validate417(data.error, {instancePath:instancePath+"/error",parentData:data,parentDataProperty:"error",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate417.errors : vErrors.concat(validate417.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.issue_id !== undefined){
if(!(validate54(data.issue_id, {instancePath:instancePath+"/issue_id",parentData:data,parentDataProperty:"issue_id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.issue_description !== undefined){
if(!(validate54(data.issue_description, {instancePath:instancePath+"/issue_description",parentData:data,parentDataProperty:"issue_description",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.issue_resolved_at !== undefined){
if(!(validate179(data.issue_resolved_at, {instancePath:instancePath+"/issue_resolved_at",parentData:data,parentDataProperty:"issue_resolved_at",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate179.errors : vErrors.concat(validate179.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.institution_id !== undefined){
if(!(validate54(data.institution_id, {instancePath:instancePath+"/institution_id",parentData:data,parentDataProperty:"institution_id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.institution_name !== undefined){
if(!(validate54(data.institution_name, {instancePath:instancePath+"/institution_name",parentData:data,parentDataProperty:"institution_name",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(func3.call(schema86.allOf[10].properties, key0))){
const err4 = {instancePath,keyword:"additionalProperties",params:{additionalProperty: key0}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
validate485.errors = vErrors;
return errors === 0;
}
validate485.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema88 = {"type":"object","allOf":[{"required":["webhook_type"],"properties":{"webhook_type":{"const":"AUTH"}}},{"required":["webhook_code"],"properties":{"webhook_code":{"$ref":"#/$defs/d68"}}},{"properties":{"environment":{"$ref":"#/$defs/d0"}}},{"properties":{"item_id":{"$ref":"#/$defs/d0"}}},{"properties":{"error":{"$ref":"#/$defs/d53"}}},{"properties":{"account_ids_with_new_auth":{"type":"array","items":{"$ref":"#/$defs/d10"}}}},{"properties":{"account_ids_with_updated_auth":{"type":"object","additionalProperties":{"$ref":"#/$defs/d9"}}}},{"properties":{"account_id":{"$ref":"#/$defs/d0"}}},{"properties":{"status":{"$ref":"#/$defs/d0"}}},{"properties":{"webhook_type":true,"webhook_code":true,"environment":true,"item_id":true,"error":true,"account_ids_with_new_auth":true,"account_ids_with_updated_auth":true,"account_id":true,"status":true},"additionalProperties":false}]};
const schema89 = {"type":"string","enum":["DEFAULT_UPDATE","AUTOMATICALLY_VERIFIED","VERIFICATION_EXPIRED","PRODUCT_PERMISSIONS_REQUIRED","SMS_MICRODEPOSITS_VERIFICATION"]};

function validate497(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate497.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(typeof data !== "string"){
const err0 = {instancePath,keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(!(((((data === "DEFAULT_UPDATE") || (data === "AUTOMATICALLY_VERIFIED")) || (data === "VERIFICATION_EXPIRED")) || (data === "PRODUCT_PERMISSIONS_REQUIRED")) || (data === "SMS_MICRODEPOSITS_VERIFICATION"))){
const err1 = {instancePath,keyword:"enum",params:{allowedValues: schema89.enum}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
validate497.errors = vErrors;
return errors === 0;
}
validate497.evaluated = {"dynamicProps":false,"dynamicItems":false};


function validate496(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate496.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(data && typeof data == "object" && !Array.isArray(data))){
const err0 = {instancePath,keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.webhook_type === undefined){
const err1 = {instancePath,keyword:"required",params:{missingProperty: "webhook_type"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.webhook_type !== undefined){
if("AUTH" !== data.webhook_type){
const err2 = {instancePath:instancePath+"/webhook_type",keyword:"const",params:{allowedValue: "AUTH"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.webhook_code === undefined){
const err3 = {instancePath,keyword:"required",params:{missingProperty: "webhook_code"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.webhook_code !== undefined){
if(!(validate497(data.webhook_code, {instancePath:instancePath+"/webhook_code",parentData:data,parentDataProperty:"webhook_code",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate497.errors : vErrors.concat(validate497.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.environment !== undefined){
if(!(validate54(data.environment, {instancePath:instancePath+"/environment",parentData:data,parentDataProperty:"environment",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.item_id !== undefined){
if(!(validate54(data.item_id, {instancePath:instancePath+"/item_id",parentData:data,parentDataProperty:"item_id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.error !== undefined){
if(!(validate417(data.error, {instancePath:instancePath+"/error",parentData:data,parentDataProperty:"error",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate417.errors : vErrors.concat(validate417.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.account_ids_with_new_auth !== undefined){
let data5 = data.account_ids_with_new_auth;
if(Array.isArray(data5)){
const len0 = data5.length;
for(let i0=0; i0<len0; i0++){
if(!(validate68(data5[i0], {instancePath:instancePath+"/account_ids_with_new_auth/" + i0,parentData:data5,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate68.errors : vErrors.concat(validate68.errors);
errors = vErrors.length;
}
}
}
else {
const err4 = {instancePath:instancePath+"/account_ids_with_new_auth",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.account_ids_with_updated_auth !== undefined){
let data7 = data.account_ids_with_updated_auth;
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
for(const key0 in data7){
if(!(validate72(data7[key0], {instancePath:instancePath+"/account_ids_with_updated_auth/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data7,parentDataProperty:key0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate72.errors : vErrors.concat(validate72.errors);
errors = vErrors.length;
}
}
}
else {
const err5 = {instancePath:instancePath+"/account_ids_with_updated_auth",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.account_id !== undefined){
if(!(validate54(data.account_id, {instancePath:instancePath+"/account_id",parentData:data,parentDataProperty:"account_id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.status !== undefined){
if(!(validate54(data.status, {instancePath:instancePath+"/status",parentData:data,parentDataProperty:"status",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key1 in data){
if(!(func3.call(schema88.allOf[9].properties, key1))){
const err6 = {instancePath,keyword:"additionalProperties",params:{additionalProperty: key1}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
validate496.errors = vErrors;
return errors === 0;
}
validate496.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema90 = {"type":"object","allOf":[{"required":["webhook_type"],"properties":{"webhook_type":{"const":"ITEM"}}},{"required":["webhook_code"],"properties":{"webhook_code":{"$ref":"#/$defs/d70"}}},{"properties":{"environment":{"$ref":"#/$defs/d0"}}},{"properties":{"item_id":{"$ref":"#/$defs/d0"}}},{"properties":{"error":{"$ref":"#/$defs/d53"}}},{"properties":{"new_webhook_url":{"$ref":"#/$defs/d0"}}},{"properties":{"user_id":{"$ref":"#/$defs/d0"}}},{"properties":{"consent_expiration_time":{"$ref":"#/$defs/d23"}}},{"properties":{"reason":{"$ref":"#/$defs/d0"}}},{"properties":{"disconnect_time":{"$ref":"#/$defs/d23"}}},{"properties":{"account_id":{"$ref":"#/$defs/d0"}}},{"properties":{"webhook_type":true,"webhook_code":true,"environment":true,"item_id":true,"error":true,"new_webhook_url":true,"user_id":true,"consent_expiration_time":true,"reason":true,"disconnect_time":true,"account_id":true},"additionalProperties":false}]};
const schema91 = {"type":"string","enum":["WEBHOOK_UPDATE_ACKNOWLEDGED","PENDING_EXPIRATION","ERROR","LOGIN_REPAIRED","PENDING_DISCONNECT","USER_PERMISSION_REVOKED","NEW_ACCOUNTS_AVAILABLE","USER_ACCOUNT_REVOKED"]};

function validate507(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate507.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(typeof data !== "string"){
const err0 = {instancePath,keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(!((((((((data === "WEBHOOK_UPDATE_ACKNOWLEDGED") || (data === "PENDING_EXPIRATION")) || (data === "ERROR")) || (data === "LOGIN_REPAIRED")) || (data === "PENDING_DISCONNECT")) || (data === "USER_PERMISSION_REVOKED")) || (data === "NEW_ACCOUNTS_AVAILABLE")) || (data === "USER_ACCOUNT_REVOKED"))){
const err1 = {instancePath,keyword:"enum",params:{allowedValues: schema91.enum}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
validate507.errors = vErrors;
return errors === 0;
}
validate507.evaluated = {"dynamicProps":false,"dynamicItems":false};


function validate506(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate506.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(data && typeof data == "object" && !Array.isArray(data))){
const err0 = {instancePath,keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.webhook_type === undefined){
const err1 = {instancePath,keyword:"required",params:{missingProperty: "webhook_type"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.webhook_type !== undefined){
if("ITEM" !== data.webhook_type){
const err2 = {instancePath:instancePath+"/webhook_type",keyword:"const",params:{allowedValue: "ITEM"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.webhook_code === undefined){
const err3 = {instancePath,keyword:"required",params:{missingProperty: "webhook_code"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.webhook_code !== undefined){
if(!(validate507(data.webhook_code, {instancePath:instancePath+"/webhook_code",parentData:data,parentDataProperty:"webhook_code",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate507.errors : vErrors.concat(validate507.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.environment !== undefined){
if(!(validate54(data.environment, {instancePath:instancePath+"/environment",parentData:data,parentDataProperty:"environment",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.item_id !== undefined){
if(!(validate54(data.item_id, {instancePath:instancePath+"/item_id",parentData:data,parentDataProperty:"item_id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.error !== undefined){
if(!(validate417(data.error, {instancePath:instancePath+"/error",parentData:data,parentDataProperty:"error",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate417.errors : vErrors.concat(validate417.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.new_webhook_url !== undefined){
if(!(validate54(data.new_webhook_url, {instancePath:instancePath+"/new_webhook_url",parentData:data,parentDataProperty:"new_webhook_url",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.user_id !== undefined){
if(!(validate54(data.user_id, {instancePath:instancePath+"/user_id",parentData:data,parentDataProperty:"user_id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.consent_expiration_time !== undefined){
if(!(validate179(data.consent_expiration_time, {instancePath:instancePath+"/consent_expiration_time",parentData:data,parentDataProperty:"consent_expiration_time",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate179.errors : vErrors.concat(validate179.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.reason !== undefined){
if(!(validate54(data.reason, {instancePath:instancePath+"/reason",parentData:data,parentDataProperty:"reason",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.disconnect_time !== undefined){
if(!(validate179(data.disconnect_time, {instancePath:instancePath+"/disconnect_time",parentData:data,parentDataProperty:"disconnect_time",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate179.errors : vErrors.concat(validate179.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.account_id !== undefined){
if(!(validate54(data.account_id, {instancePath:instancePath+"/account_id",parentData:data,parentDataProperty:"account_id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(func3.call(schema90.allOf[11].properties, key0))){
const err4 = {instancePath,keyword:"additionalProperties",params:{additionalProperty: key0}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
validate506.errors = vErrors;
return errors === 0;
}
validate506.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema92 = {"type":"object","allOf":[{"required":["webhook_type"],"properties":{"webhook_type":{"const":"INCOME"}}},{"required":["webhook_code"],"properties":{"webhook_code":{"$ref":"#/$defs/d72"}}},{"properties":{"environment":{"$ref":"#/$defs/d0"}}},{"properties":{"item_id":{"$ref":"#/$defs/d0"}}},{"properties":{"error":{"$ref":"#/$defs/d53"}}},{"properties":{"user_id":{"$ref":"#/$defs/d0"}}},{"properties":{"verification_status":{"$ref":"#/$defs/d0"}}},{"properties":{"risk_signals_status":{"$ref":"#/$defs/d0"}}},{"properties":{"result":{"$ref":"#/$defs/d0"}}},{"properties":{"webhook_type":true,"webhook_code":true,"environment":true,"item_id":true,"error":true,"user_id":true,"verification_status":true,"risk_signals_status":true,"result":true},"additionalProperties":false}]};
const schema93 = {"type":"string","enum":["PRODUCT_READY","INCOME_VERIFICATION","INCOME_VERIFICATION_RISK_SIGNALS","BANK_INCOME_COMPLETE","INCOME_VERIFICATION_REFRESH_RECONNECT_NEEDED","BANK_INCOME_REFRESH_UPDATE","BANK_INCOME_REFRESH_COMPLETE"]};

function validate519(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate519.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(typeof data !== "string"){
const err0 = {instancePath,keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(!(((((((data === "PRODUCT_READY") || (data === "INCOME_VERIFICATION")) || (data === "INCOME_VERIFICATION_RISK_SIGNALS")) || (data === "BANK_INCOME_COMPLETE")) || (data === "INCOME_VERIFICATION_REFRESH_RECONNECT_NEEDED")) || (data === "BANK_INCOME_REFRESH_UPDATE")) || (data === "BANK_INCOME_REFRESH_COMPLETE"))){
const err1 = {instancePath,keyword:"enum",params:{allowedValues: schema93.enum}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
validate519.errors = vErrors;
return errors === 0;
}
validate519.evaluated = {"dynamicProps":false,"dynamicItems":false};


function validate518(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate518.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(data && typeof data == "object" && !Array.isArray(data))){
const err0 = {instancePath,keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.webhook_type === undefined){
const err1 = {instancePath,keyword:"required",params:{missingProperty: "webhook_type"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.webhook_type !== undefined){
if("INCOME" !== data.webhook_type){
const err2 = {instancePath:instancePath+"/webhook_type",keyword:"const",params:{allowedValue: "INCOME"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.webhook_code === undefined){
const err3 = {instancePath,keyword:"required",params:{missingProperty: "webhook_code"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.webhook_code !== undefined){
if(!(validate519(data.webhook_code, {instancePath:instancePath+"/webhook_code",parentData:data,parentDataProperty:"webhook_code",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate519.errors : vErrors.concat(validate519.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.environment !== undefined){
if(!(validate54(data.environment, {instancePath:instancePath+"/environment",parentData:data,parentDataProperty:"environment",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.item_id !== undefined){
if(!(validate54(data.item_id, {instancePath:instancePath+"/item_id",parentData:data,parentDataProperty:"item_id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.error !== undefined){
if(!(validate417(data.error, {instancePath:instancePath+"/error",parentData:data,parentDataProperty:"error",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate417.errors : vErrors.concat(validate417.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.user_id !== undefined){
if(!(validate54(data.user_id, {instancePath:instancePath+"/user_id",parentData:data,parentDataProperty:"user_id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.verification_status !== undefined){
if(!(validate54(data.verification_status, {instancePath:instancePath+"/verification_status",parentData:data,parentDataProperty:"verification_status",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.risk_signals_status !== undefined){
if(!(validate54(data.risk_signals_status, {instancePath:instancePath+"/risk_signals_status",parentData:data,parentDataProperty:"risk_signals_status",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.result !== undefined){
if(!(validate54(data.result, {instancePath:instancePath+"/result",parentData:data,parentDataProperty:"result",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(func3.call(schema92.allOf[9].properties, key0))){
const err4 = {instancePath,keyword:"additionalProperties",params:{additionalProperty: key0}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
validate518.errors = vErrors;
return errors === 0;
}
validate518.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema95 = {"type":"string","enum":["BANK_TRANSFERS_EVENTS_UPDATE"]};

function validate529(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate529.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(typeof data !== "string"){
const err0 = {instancePath,keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(!(data === "BANK_TRANSFERS_EVENTS_UPDATE")){
const err1 = {instancePath,keyword:"enum",params:{allowedValues: schema95.enum}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
validate529.errors = vErrors;
return errors === 0;
}
validate529.evaluated = {"dynamicProps":false,"dynamicItems":false};


function validate528(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate528.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(data && typeof data == "object" && !Array.isArray(data))){
const err0 = {instancePath,keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.webhook_type === undefined){
const err1 = {instancePath,keyword:"required",params:{missingProperty: "webhook_type"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.webhook_type !== undefined){
if("BANK_TRANSFERS" !== data.webhook_type){
const err2 = {instancePath:instancePath+"/webhook_type",keyword:"const",params:{allowedValue: "BANK_TRANSFERS"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.webhook_code === undefined){
const err3 = {instancePath,keyword:"required",params:{missingProperty: "webhook_code"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.webhook_code !== undefined){
if(!(validate529(data.webhook_code, {instancePath:instancePath+"/webhook_code",parentData:data,parentDataProperty:"webhook_code",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate529.errors : vErrors.concat(validate529.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.environment !== undefined){
if(!(validate54(data.environment, {instancePath:instancePath+"/environment",parentData:data,parentDataProperty:"environment",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.item_id !== undefined){
if(!(validate54(data.item_id, {instancePath:instancePath+"/item_id",parentData:data,parentDataProperty:"item_id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.error !== undefined){
if(!(validate417(data.error, {instancePath:instancePath+"/error",parentData:data,parentDataProperty:"error",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate417.errors : vErrors.concat(validate417.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(((((key0 === "webhook_type") || (key0 === "webhook_code")) || (key0 === "environment")) || (key0 === "item_id")) || (key0 === "error"))){
const err4 = {instancePath,keyword:"additionalProperties",params:{additionalProperty: key0}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
validate528.errors = vErrors;
return errors === 0;
}
validate528.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema96 = {"type":"object","allOf":[{"required":["webhook_type"],"properties":{"webhook_type":{"const":"TRANSFER"}}},{"required":["webhook_code"],"properties":{"webhook_code":{"$ref":"#/$defs/d76"}}},{"properties":{"environment":{"$ref":"#/$defs/d0"}}},{"properties":{"item_id":{"$ref":"#/$defs/d0"}}},{"properties":{"error":{"$ref":"#/$defs/d53"}}},{"properties":{"recurring_transfer_id":{"$ref":"#/$defs/d0"}}},{"properties":{"transfer_id":{"$ref":"#/$defs/d0"}}},{"properties":{"authorization_decision":{"$ref":"#/$defs/d0"}}},{"properties":{"authorization_decision_rationale_code":{"$ref":"#/$defs/d0"}}},{"properties":{"skipped_origination_date":{"$ref":"#/$defs/d0"}}},{"properties":{"originator_client_id":{"$ref":"#/$defs/d0"}}},{"properties":{"webhook_type":true,"webhook_code":true,"environment":true,"item_id":true,"error":true,"recurring_transfer_id":true,"transfer_id":true,"authorization_decision":true,"authorization_decision_rationale_code":true,"skipped_origination_date":true,"originator_client_id":true},"additionalProperties":false}]};
const schema97 = {"type":"string","enum":["TRANSFER_EVENTS_UPDATE","RECURRING_NEW_TRANSFER","RECURRING_TRANSFER_SKIPPED","RECURRING_CANCELLED","PLATFORM_ONBOARDING_UPDATE"]};

function validate535(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate535.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(typeof data !== "string"){
const err0 = {instancePath,keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(!(((((data === "TRANSFER_EVENTS_UPDATE") || (data === "RECURRING_NEW_TRANSFER")) || (data === "RECURRING_TRANSFER_SKIPPED")) || (data === "RECURRING_CANCELLED")) || (data === "PLATFORM_ONBOARDING_UPDATE"))){
const err1 = {instancePath,keyword:"enum",params:{allowedValues: schema97.enum}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
validate535.errors = vErrors;
return errors === 0;
}
validate535.evaluated = {"dynamicProps":false,"dynamicItems":false};


function validate534(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate534.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(data && typeof data == "object" && !Array.isArray(data))){
const err0 = {instancePath,keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.webhook_type === undefined){
const err1 = {instancePath,keyword:"required",params:{missingProperty: "webhook_type"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.webhook_type !== undefined){
if("TRANSFER" !== data.webhook_type){
const err2 = {instancePath:instancePath+"/webhook_type",keyword:"const",params:{allowedValue: "TRANSFER"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.webhook_code === undefined){
const err3 = {instancePath,keyword:"required",params:{missingProperty: "webhook_code"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.webhook_code !== undefined){
if(!(validate535(data.webhook_code, {instancePath:instancePath+"/webhook_code",parentData:data,parentDataProperty:"webhook_code",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate535.errors : vErrors.concat(validate535.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.environment !== undefined){
if(!(validate54(data.environment, {instancePath:instancePath+"/environment",parentData:data,parentDataProperty:"environment",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.item_id !== undefined){
if(!(validate54(data.item_id, {instancePath:instancePath+"/item_id",parentData:data,parentDataProperty:"item_id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.error !== undefined){
if(!(validate417(data.error, {instancePath:instancePath+"/error",parentData:data,parentDataProperty:"error",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate417.errors : vErrors.concat(validate417.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.recurring_transfer_id !== undefined){
if(!(validate54(data.recurring_transfer_id, {instancePath:instancePath+"/recurring_transfer_id",parentData:data,parentDataProperty:"recurring_transfer_id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.transfer_id !== undefined){
if(!(validate54(data.transfer_id, {instancePath:instancePath+"/transfer_id",parentData:data,parentDataProperty:"transfer_id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.authorization_decision !== undefined){
if(!(validate54(data.authorization_decision, {instancePath:instancePath+"/authorization_decision",parentData:data,parentDataProperty:"authorization_decision",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.authorization_decision_rationale_code !== undefined){
if(!(validate54(data.authorization_decision_rationale_code, {instancePath:instancePath+"/authorization_decision_rationale_code",parentData:data,parentDataProperty:"authorization_decision_rationale_code",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.skipped_origination_date !== undefined){
if(!(validate54(data.skipped_origination_date, {instancePath:instancePath+"/skipped_origination_date",parentData:data,parentDataProperty:"skipped_origination_date",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.originator_client_id !== undefined){
if(!(validate54(data.originator_client_id, {instancePath:instancePath+"/originator_client_id",parentData:data,parentDataProperty:"originator_client_id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(func3.call(schema96.allOf[11].properties, key0))){
const err4 = {instancePath,keyword:"additionalProperties",params:{additionalProperty: key0}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
validate534.errors = vErrors;
return errors === 0;
}
validate534.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema99 = {"type":"string","enum":["LAYER_AUTHENTICATION_PASSED"]};

function validate547(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate547.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(typeof data !== "string"){
const err0 = {instancePath,keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(!(data === "LAYER_AUTHENTICATION_PASSED")){
const err1 = {instancePath,keyword:"enum",params:{allowedValues: schema99.enum}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
validate547.errors = vErrors;
return errors === 0;
}
validate547.evaluated = {"dynamicProps":false,"dynamicItems":false};


function validate546(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate546.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(data && typeof data == "object" && !Array.isArray(data))){
const err0 = {instancePath,keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.webhook_type === undefined){
const err1 = {instancePath,keyword:"required",params:{missingProperty: "webhook_type"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.webhook_type !== undefined){
if("LAYER" !== data.webhook_type){
const err2 = {instancePath:instancePath+"/webhook_type",keyword:"const",params:{allowedValue: "LAYER"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.webhook_code === undefined){
const err3 = {instancePath,keyword:"required",params:{missingProperty: "webhook_code"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.webhook_code !== undefined){
if(!(validate547(data.webhook_code, {instancePath:instancePath+"/webhook_code",parentData:data,parentDataProperty:"webhook_code",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate547.errors : vErrors.concat(validate547.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.environment !== undefined){
if(!(validate54(data.environment, {instancePath:instancePath+"/environment",parentData:data,parentDataProperty:"environment",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.item_id !== undefined){
if(!(validate54(data.item_id, {instancePath:instancePath+"/item_id",parentData:data,parentDataProperty:"item_id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.error !== undefined){
if(!(validate417(data.error, {instancePath:instancePath+"/error",parentData:data,parentDataProperty:"error",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate417.errors : vErrors.concat(validate417.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.link_session_id !== undefined){
if(!(validate54(data.link_session_id, {instancePath:instancePath+"/link_session_id",parentData:data,parentDataProperty:"link_session_id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.link_token !== undefined){
if(!(validate54(data.link_token, {instancePath:instancePath+"/link_token",parentData:data,parentDataProperty:"link_token",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(((((((key0 === "webhook_type") || (key0 === "webhook_code")) || (key0 === "environment")) || (key0 === "item_id")) || (key0 === "error")) || (key0 === "link_session_id")) || (key0 === "link_token"))){
const err4 = {instancePath,keyword:"additionalProperties",params:{additionalProperty: key0}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
validate546.errors = vErrors;
return errors === 0;
}
validate546.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema100 = {"type":"object","allOf":[{"required":["webhook_type"],"properties":{"webhook_type":{"const":"PROTECT"}}},{"required":["webhook_code"],"properties":{"webhook_code":{"$ref":"#/$defs/d80"}}},{"properties":{"environment":{"$ref":"#/$defs/d0"}}},{"properties":{"item_id":{"$ref":"#/$defs/d0"}}},{"properties":{"error":{"$ref":"#/$defs/d53"}}},{"properties":{"event_id":{"$ref":"#/$defs/d0"}}},{"properties":{"event_type":{"$ref":"#/$defs/d0"}}},{"properties":{"timestamp":{"$ref":"#/$defs/d23"}}},{"properties":{"user_id":{"$ref":"#/$defs/d1"}}},{"properties":{"client_user_id":{"$ref":"#/$defs/d1"}}},{"properties":{"link_session_id":{"$ref":"#/$defs/d1"}}},{"properties":{"webhook_type":true,"webhook_code":true,"environment":true,"item_id":true,"error":true,"event_id":true,"event_type":true,"timestamp":true,"user_id":true,"client_user_id":true,"link_session_id":true},"additionalProperties":false}]};
const schema101 = {"type":"string","enum":["PROTECT_USER_EVENT"]};

function validate555(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate555.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(typeof data !== "string"){
const err0 = {instancePath,keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(!(data === "PROTECT_USER_EVENT")){
const err1 = {instancePath,keyword:"enum",params:{allowedValues: schema101.enum}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
validate555.errors = vErrors;
return errors === 0;
}
validate555.evaluated = {"dynamicProps":false,"dynamicItems":false};


function validate554(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate554.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(data && typeof data == "object" && !Array.isArray(data))){
const err0 = {instancePath,keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.webhook_type === undefined){
const err1 = {instancePath,keyword:"required",params:{missingProperty: "webhook_type"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.webhook_type !== undefined){
if("PROTECT" !== data.webhook_type){
const err2 = {instancePath:instancePath+"/webhook_type",keyword:"const",params:{allowedValue: "PROTECT"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.webhook_code === undefined){
const err3 = {instancePath,keyword:"required",params:{missingProperty: "webhook_code"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.webhook_code !== undefined){
if(!(validate555(data.webhook_code, {instancePath:instancePath+"/webhook_code",parentData:data,parentDataProperty:"webhook_code",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate555.errors : vErrors.concat(validate555.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.environment !== undefined){
if(!(validate54(data.environment, {instancePath:instancePath+"/environment",parentData:data,parentDataProperty:"environment",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.item_id !== undefined){
if(!(validate54(data.item_id, {instancePath:instancePath+"/item_id",parentData:data,parentDataProperty:"item_id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.error !== undefined){
if(!(validate417(data.error, {instancePath:instancePath+"/error",parentData:data,parentDataProperty:"error",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate417.errors : vErrors.concat(validate417.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.event_id !== undefined){
if(!(validate54(data.event_id, {instancePath:instancePath+"/event_id",parentData:data,parentDataProperty:"event_id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.event_type !== undefined){
if(!(validate54(data.event_type, {instancePath:instancePath+"/event_type",parentData:data,parentDataProperty:"event_type",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.timestamp !== undefined){
if(!(validate179(data.timestamp, {instancePath:instancePath+"/timestamp",parentData:data,parentDataProperty:"timestamp",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate179.errors : vErrors.concat(validate179.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.user_id !== undefined){
if(!(validate62(data.user_id, {instancePath:instancePath+"/user_id",parentData:data,parentDataProperty:"user_id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate62.errors : vErrors.concat(validate62.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.client_user_id !== undefined){
if(!(validate62(data.client_user_id, {instancePath:instancePath+"/client_user_id",parentData:data,parentDataProperty:"client_user_id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate62.errors : vErrors.concat(validate62.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.link_session_id !== undefined){
if(!(validate62(data.link_session_id, {instancePath:instancePath+"/link_session_id",parentData:data,parentDataProperty:"link_session_id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate62.errors : vErrors.concat(validate62.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(func3.call(schema100.allOf[11].properties, key0))){
const err4 = {instancePath,keyword:"additionalProperties",params:{additionalProperty: key0}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
validate554.errors = vErrors;
return errors === 0;
}
validate554.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema103 = {"type":"string","enum":["DEFAULT_UPDATE","HISTORICAL_UPDATE"]};

function validate567(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate567.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(typeof data !== "string"){
const err0 = {instancePath,keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(!((data === "DEFAULT_UPDATE") || (data === "HISTORICAL_UPDATE"))){
const err1 = {instancePath,keyword:"enum",params:{allowedValues: schema103.enum}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
validate567.errors = vErrors;
return errors === 0;
}
validate567.evaluated = {"dynamicProps":false,"dynamicItems":false};


function validate566(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate566.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(data && typeof data == "object" && !Array.isArray(data))){
const err0 = {instancePath,keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.webhook_type === undefined){
const err1 = {instancePath,keyword:"required",params:{missingProperty: "webhook_type"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.webhook_type !== undefined){
if("INVESTMENTS_TRANSACTIONS" !== data.webhook_type){
const err2 = {instancePath:instancePath+"/webhook_type",keyword:"const",params:{allowedValue: "INVESTMENTS_TRANSACTIONS"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.webhook_code === undefined){
const err3 = {instancePath,keyword:"required",params:{missingProperty: "webhook_code"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.webhook_code !== undefined){
if(!(validate567(data.webhook_code, {instancePath:instancePath+"/webhook_code",parentData:data,parentDataProperty:"webhook_code",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate567.errors : vErrors.concat(validate567.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.environment !== undefined){
if(!(validate54(data.environment, {instancePath:instancePath+"/environment",parentData:data,parentDataProperty:"environment",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.item_id !== undefined){
if(!(validate54(data.item_id, {instancePath:instancePath+"/item_id",parentData:data,parentDataProperty:"item_id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.error !== undefined){
if(!(validate417(data.error, {instancePath:instancePath+"/error",parentData:data,parentDataProperty:"error",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate417.errors : vErrors.concat(validate417.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.user_id !== undefined){
if(!(validate54(data.user_id, {instancePath:instancePath+"/user_id",parentData:data,parentDataProperty:"user_id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.new_investments_transactions !== undefined){
if(!(validate70(data.new_investments_transactions, {instancePath:instancePath+"/new_investments_transactions",parentData:data,parentDataProperty:"new_investments_transactions",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate70.errors : vErrors.concat(validate70.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.cancelled_investments_transactions !== undefined){
if(!(validate70(data.cancelled_investments_transactions, {instancePath:instancePath+"/cancelled_investments_transactions",parentData:data,parentDataProperty:"cancelled_investments_transactions",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate70.errors : vErrors.concat(validate70.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!((((((((key0 === "webhook_type") || (key0 === "webhook_code")) || (key0 === "environment")) || (key0 === "item_id")) || (key0 === "error")) || (key0 === "user_id")) || (key0 === "new_investments_transactions")) || (key0 === "cancelled_investments_transactions"))){
const err4 = {instancePath,keyword:"additionalProperties",params:{additionalProperty: key0}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
validate566.errors = vErrors;
return errors === 0;
}
validate566.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema105 = {"type":"string","enum":["DEFAULT_UPDATE"]};

function validate576(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate576.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(typeof data !== "string"){
const err0 = {instancePath,keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(!(data === "DEFAULT_UPDATE")){
const err1 = {instancePath,keyword:"enum",params:{allowedValues: schema105.enum}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
validate576.errors = vErrors;
return errors === 0;
}
validate576.evaluated = {"dynamicProps":false,"dynamicItems":false};


function validate575(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate575.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(data && typeof data == "object" && !Array.isArray(data))){
const err0 = {instancePath,keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.webhook_type === undefined){
const err1 = {instancePath,keyword:"required",params:{missingProperty: "webhook_type"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.webhook_type !== undefined){
if("HOLDINGS" !== data.webhook_type){
const err2 = {instancePath:instancePath+"/webhook_type",keyword:"const",params:{allowedValue: "HOLDINGS"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.webhook_code === undefined){
const err3 = {instancePath,keyword:"required",params:{missingProperty: "webhook_code"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.webhook_code !== undefined){
if(!(validate576(data.webhook_code, {instancePath:instancePath+"/webhook_code",parentData:data,parentDataProperty:"webhook_code",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate576.errors : vErrors.concat(validate576.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.environment !== undefined){
if(!(validate54(data.environment, {instancePath:instancePath+"/environment",parentData:data,parentDataProperty:"environment",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.item_id !== undefined){
if(!(validate54(data.item_id, {instancePath:instancePath+"/item_id",parentData:data,parentDataProperty:"item_id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.error !== undefined){
if(!(validate417(data.error, {instancePath:instancePath+"/error",parentData:data,parentDataProperty:"error",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate417.errors : vErrors.concat(validate417.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.user_id !== undefined){
if(!(validate54(data.user_id, {instancePath:instancePath+"/user_id",parentData:data,parentDataProperty:"user_id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.new_holdings !== undefined){
if(!(validate70(data.new_holdings, {instancePath:instancePath+"/new_holdings",parentData:data,parentDataProperty:"new_holdings",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate70.errors : vErrors.concat(validate70.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.updated_holdings !== undefined){
if(!(validate70(data.updated_holdings, {instancePath:instancePath+"/updated_holdings",parentData:data,parentDataProperty:"updated_holdings",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate70.errors : vErrors.concat(validate70.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!((((((((key0 === "webhook_type") || (key0 === "webhook_code")) || (key0 === "environment")) || (key0 === "item_id")) || (key0 === "error")) || (key0 === "user_id")) || (key0 === "new_holdings")) || (key0 === "updated_holdings"))){
const err4 = {instancePath,keyword:"additionalProperties",params:{additionalProperty: key0}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
validate575.errors = vErrors;
return errors === 0;
}
validate575.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema106 = {"type":"object","allOf":[{"required":["webhook_type"],"properties":{"webhook_type":{"const":"PARTNER"}}},{"required":["webhook_code"],"properties":{"webhook_code":{"$ref":"#/$defs/d86"}}},{"properties":{"environment":{"$ref":"#/$defs/d0"}}},{"properties":{"item_id":{"$ref":"#/$defs/d0"}}},{"properties":{"error":{"$ref":"#/$defs/d53"}}},{"properties":{"end_customer_client_id":{"$ref":"#/$defs/d0"}}},{"properties":{"institution_id":{"$ref":"#/$defs/d0"}}},{"properties":{"institution_name":{"$ref":"#/$defs/d0"}}},{"properties":{"status":{"$ref":"#/$defs/d0"}}},{"properties":{"webhook_type":true,"webhook_code":true,"environment":true,"item_id":true,"error":true,"end_customer_client_id":true,"institution_id":true,"institution_name":true,"status":true},"additionalProperties":false}]};
const schema107 = {"type":"string","enum":["END_CUSTOMER_OAUTH_STATUS_UPDATED"]};

function validate585(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate585.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(typeof data !== "string"){
const err0 = {instancePath,keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(!(data === "END_CUSTOMER_OAUTH_STATUS_UPDATED")){
const err1 = {instancePath,keyword:"enum",params:{allowedValues: schema107.enum}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
validate585.errors = vErrors;
return errors === 0;
}
validate585.evaluated = {"dynamicProps":false,"dynamicItems":false};


function validate584(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate584.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(data && typeof data == "object" && !Array.isArray(data))){
const err0 = {instancePath,keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.webhook_type === undefined){
const err1 = {instancePath,keyword:"required",params:{missingProperty: "webhook_type"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.webhook_type !== undefined){
if("PARTNER" !== data.webhook_type){
const err2 = {instancePath:instancePath+"/webhook_type",keyword:"const",params:{allowedValue: "PARTNER"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.webhook_code === undefined){
const err3 = {instancePath,keyword:"required",params:{missingProperty: "webhook_code"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.webhook_code !== undefined){
if(!(validate585(data.webhook_code, {instancePath:instancePath+"/webhook_code",parentData:data,parentDataProperty:"webhook_code",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate585.errors : vErrors.concat(validate585.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.environment !== undefined){
if(!(validate54(data.environment, {instancePath:instancePath+"/environment",parentData:data,parentDataProperty:"environment",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.item_id !== undefined){
if(!(validate54(data.item_id, {instancePath:instancePath+"/item_id",parentData:data,parentDataProperty:"item_id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.error !== undefined){
if(!(validate417(data.error, {instancePath:instancePath+"/error",parentData:data,parentDataProperty:"error",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate417.errors : vErrors.concat(validate417.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.end_customer_client_id !== undefined){
if(!(validate54(data.end_customer_client_id, {instancePath:instancePath+"/end_customer_client_id",parentData:data,parentDataProperty:"end_customer_client_id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.institution_id !== undefined){
if(!(validate54(data.institution_id, {instancePath:instancePath+"/institution_id",parentData:data,parentDataProperty:"institution_id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.institution_name !== undefined){
if(!(validate54(data.institution_name, {instancePath:instancePath+"/institution_name",parentData:data,parentDataProperty:"institution_name",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.status !== undefined){
if(!(validate54(data.status, {instancePath:instancePath+"/status",parentData:data,parentDataProperty:"status",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(func3.call(schema106.allOf[9].properties, key0))){
const err4 = {instancePath,keyword:"additionalProperties",params:{additionalProperty: key0}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
validate584.errors = vErrors;
return errors === 0;
}
validate584.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate594(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate594.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(data && typeof data == "object" && !Array.isArray(data))){
const err0 = {instancePath,keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.webhook_type === undefined){
const err1 = {instancePath,keyword:"required",params:{missingProperty: "webhook_type"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.webhook_type !== undefined){
if("LIABILITIES" !== data.webhook_type){
const err2 = {instancePath:instancePath+"/webhook_type",keyword:"const",params:{allowedValue: "LIABILITIES"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.webhook_code === undefined){
const err3 = {instancePath,keyword:"required",params:{missingProperty: "webhook_code"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.webhook_code !== undefined){
if(!(validate576(data.webhook_code, {instancePath:instancePath+"/webhook_code",parentData:data,parentDataProperty:"webhook_code",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate576.errors : vErrors.concat(validate576.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.environment !== undefined){
if(!(validate54(data.environment, {instancePath:instancePath+"/environment",parentData:data,parentDataProperty:"environment",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.item_id !== undefined){
if(!(validate54(data.item_id, {instancePath:instancePath+"/item_id",parentData:data,parentDataProperty:"item_id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.error !== undefined){
if(!(validate417(data.error, {instancePath:instancePath+"/error",parentData:data,parentDataProperty:"error",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate417.errors : vErrors.concat(validate417.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.user_id !== undefined){
if(!(validate54(data.user_id, {instancePath:instancePath+"/user_id",parentData:data,parentDataProperty:"user_id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.account_ids_with_new_liabilities !== undefined){
let data6 = data.account_ids_with_new_liabilities;
if(Array.isArray(data6)){
const len0 = data6.length;
for(let i0=0; i0<len0; i0++){
if(!(validate68(data6[i0], {instancePath:instancePath+"/account_ids_with_new_liabilities/" + i0,parentData:data6,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate68.errors : vErrors.concat(validate68.errors);
errors = vErrors.length;
}
}
}
else {
const err4 = {instancePath:instancePath+"/account_ids_with_new_liabilities",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.account_ids_with_updated_liabilities !== undefined){
let data8 = data.account_ids_with_updated_liabilities;
if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
for(const key0 in data8){
if(!(validate72(data8[key0], {instancePath:instancePath+"/account_ids_with_updated_liabilities/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data8,parentDataProperty:key0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate72.errors : vErrors.concat(validate72.errors);
errors = vErrors.length;
}
}
}
else {
const err5 = {instancePath:instancePath+"/account_ids_with_updated_liabilities",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key1 in data){
if(!((((((((key1 === "webhook_type") || (key1 === "webhook_code")) || (key1 === "environment")) || (key1 === "item_id")) || (key1 === "error")) || (key1 === "user_id")) || (key1 === "account_ids_with_new_liabilities")) || (key1 === "account_ids_with_updated_liabilities"))){
const err6 = {instancePath,keyword:"additionalProperties",params:{additionalProperty: key1}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
validate594.errors = vErrors;
return errors === 0;
}
validate594.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema109 = {"type":"object","allOf":[{"required":["webhook_type"],"properties":{"webhook_type":{"const":"PAYMENT_INITIATION"}}},{"required":["webhook_code"],"properties":{"webhook_code":{"$ref":"#/$defs/d89"}}},{"properties":{"environment":{"$ref":"#/$defs/d0"}}},{"properties":{"item_id":{"$ref":"#/$defs/d0"}}},{"properties":{"error":{"$ref":"#/$defs/d53"}}},{"properties":{"payment_id":{"$ref":"#/$defs/d0"}}},{"properties":{"transaction_id":{"$ref":"#/$defs/d1"}}},{"properties":{"new_payment_status":{"$ref":"#/$defs/d0"}}},{"properties":{"old_payment_status":{"$ref":"#/$defs/d0"}}},{"properties":{"original_reference":{"$ref":"#/$defs/d1"}}},{"properties":{"adjusted_reference":{"$ref":"#/$defs/d1"}}},{"properties":{"original_start_date":{"$ref":"#/$defs/d1"}}},{"properties":{"adjusted_start_date":{"$ref":"#/$defs/d1"}}},{"properties":{"timestamp":{"$ref":"#/$defs/d23"}}},{"properties":{"consent_id":{"$ref":"#/$defs/d0"}}},{"properties":{"old_status":{"$ref":"#/$defs/d0"}}},{"properties":{"new_status":{"$ref":"#/$defs/d0"}}},{"properties":{"webhook_type":true,"webhook_code":true,"environment":true,"item_id":true,"error":true,"payment_id":true,"transaction_id":true,"new_payment_status":true,"old_payment_status":true,"original_reference":true,"adjusted_reference":true,"original_start_date":true,"adjusted_start_date":true,"timestamp":true,"consent_id":true,"old_status":true,"new_status":true},"additionalProperties":false}]};
const schema110 = {"type":"string","enum":["PAYMENT_STATUS_UPDATE","CONSENT_STATUS_UPDATE"]};

function validate603(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate603.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(typeof data !== "string"){
const err0 = {instancePath,keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(!((data === "PAYMENT_STATUS_UPDATE") || (data === "CONSENT_STATUS_UPDATE"))){
const err1 = {instancePath,keyword:"enum",params:{allowedValues: schema110.enum}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
validate603.errors = vErrors;
return errors === 0;
}
validate603.evaluated = {"dynamicProps":false,"dynamicItems":false};


function validate602(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate602.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(data && typeof data == "object" && !Array.isArray(data))){
const err0 = {instancePath,keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.webhook_type === undefined){
const err1 = {instancePath,keyword:"required",params:{missingProperty: "webhook_type"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.webhook_type !== undefined){
if("PAYMENT_INITIATION" !== data.webhook_type){
const err2 = {instancePath:instancePath+"/webhook_type",keyword:"const",params:{allowedValue: "PAYMENT_INITIATION"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.webhook_code === undefined){
const err3 = {instancePath,keyword:"required",params:{missingProperty: "webhook_code"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.webhook_code !== undefined){
if(!(validate603(data.webhook_code, {instancePath:instancePath+"/webhook_code",parentData:data,parentDataProperty:"webhook_code",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate603.errors : vErrors.concat(validate603.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.environment !== undefined){
if(!(validate54(data.environment, {instancePath:instancePath+"/environment",parentData:data,parentDataProperty:"environment",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.item_id !== undefined){
if(!(validate54(data.item_id, {instancePath:instancePath+"/item_id",parentData:data,parentDataProperty:"item_id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.error !== undefined){
if(!(validate417(data.error, {instancePath:instancePath+"/error",parentData:data,parentDataProperty:"error",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate417.errors : vErrors.concat(validate417.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.payment_id !== undefined){
if(!(validate54(data.payment_id, {instancePath:instancePath+"/payment_id",parentData:data,parentDataProperty:"payment_id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.transaction_id !== undefined){
if(!(validate62(data.transaction_id, {instancePath:instancePath+"/transaction_id",parentData:data,parentDataProperty:"transaction_id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate62.errors : vErrors.concat(validate62.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.new_payment_status !== undefined){
if(!(validate54(data.new_payment_status, {instancePath:instancePath+"/new_payment_status",parentData:data,parentDataProperty:"new_payment_status",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.old_payment_status !== undefined){
if(!(validate54(data.old_payment_status, {instancePath:instancePath+"/old_payment_status",parentData:data,parentDataProperty:"old_payment_status",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.original_reference !== undefined){
if(!(validate62(data.original_reference, {instancePath:instancePath+"/original_reference",parentData:data,parentDataProperty:"original_reference",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate62.errors : vErrors.concat(validate62.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.adjusted_reference !== undefined){
if(!(validate62(data.adjusted_reference, {instancePath:instancePath+"/adjusted_reference",parentData:data,parentDataProperty:"adjusted_reference",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate62.errors : vErrors.concat(validate62.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.original_start_date !== undefined){
if(!(validate62(data.original_start_date, {instancePath:instancePath+"/original_start_date",parentData:data,parentDataProperty:"original_start_date",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate62.errors : vErrors.concat(validate62.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.adjusted_start_date !== undefined){
if(!(validate62(data.adjusted_start_date, {instancePath:instancePath+"/adjusted_start_date",parentData:data,parentDataProperty:"adjusted_start_date",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate62.errors : vErrors.concat(validate62.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.timestamp !== undefined){
if(!(validate179(data.timestamp, {instancePath:instancePath+"/timestamp",parentData:data,parentDataProperty:"timestamp",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate179.errors : vErrors.concat(validate179.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.consent_id !== undefined){
if(!(validate54(data.consent_id, {instancePath:instancePath+"/consent_id",parentData:data,parentDataProperty:"consent_id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.old_status !== undefined){
if(!(validate54(data.old_status, {instancePath:instancePath+"/old_status",parentData:data,parentDataProperty:"old_status",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.new_status !== undefined){
if(!(validate54(data.new_status, {instancePath:instancePath+"/new_status",parentData:data,parentDataProperty:"new_status",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(func3.call(schema109.allOf[17].properties, key0))){
const err4 = {instancePath,keyword:"additionalProperties",params:{additionalProperty: key0}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
validate602.errors = vErrors;
return errors === 0;
}
validate602.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema111 = {"type":"object","allOf":[{"required":["webhook_type"],"properties":{"webhook_type":{"const":"WALLET"}}},{"required":["webhook_code"],"properties":{"webhook_code":{"$ref":"#/$defs/d91"}}},{"properties":{"environment":{"$ref":"#/$defs/d0"}}},{"properties":{"item_id":{"$ref":"#/$defs/d0"}}},{"properties":{"error":{"$ref":"#/$defs/d53"}}},{"properties":{"transaction_id":{"$ref":"#/$defs/d0"}}},{"properties":{"payment_id":{"$ref":"#/$defs/d1"}}},{"properties":{"wallet_id":{"$ref":"#/$defs/d0"}}},{"properties":{"new_status":{"$ref":"#/$defs/d0"}}},{"properties":{"old_status":{"$ref":"#/$defs/d0"}}},{"properties":{"failure_reason":{"$ref":"#/$defs/d1"}}},{"properties":{"timestamp":{"$ref":"#/$defs/d23"}}},{"properties":{"webhook_type":true,"webhook_code":true,"environment":true,"item_id":true,"error":true,"transaction_id":true,"payment_id":true,"wallet_id":true,"new_status":true,"old_status":true,"failure_reason":true,"timestamp":true},"additionalProperties":false}]};
const schema112 = {"type":"string","enum":["WALLET_TRANSACTION_STATUS_UPDATE"]};

function validate621(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate621.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(typeof data !== "string"){
const err0 = {instancePath,keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(!(data === "WALLET_TRANSACTION_STATUS_UPDATE")){
const err1 = {instancePath,keyword:"enum",params:{allowedValues: schema112.enum}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
validate621.errors = vErrors;
return errors === 0;
}
validate621.evaluated = {"dynamicProps":false,"dynamicItems":false};


function validate620(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate620.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(data && typeof data == "object" && !Array.isArray(data))){
const err0 = {instancePath,keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.webhook_type === undefined){
const err1 = {instancePath,keyword:"required",params:{missingProperty: "webhook_type"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.webhook_type !== undefined){
if("WALLET" !== data.webhook_type){
const err2 = {instancePath:instancePath+"/webhook_type",keyword:"const",params:{allowedValue: "WALLET"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.webhook_code === undefined){
const err3 = {instancePath,keyword:"required",params:{missingProperty: "webhook_code"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.webhook_code !== undefined){
if(!(validate621(data.webhook_code, {instancePath:instancePath+"/webhook_code",parentData:data,parentDataProperty:"webhook_code",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate621.errors : vErrors.concat(validate621.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.environment !== undefined){
if(!(validate54(data.environment, {instancePath:instancePath+"/environment",parentData:data,parentDataProperty:"environment",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.item_id !== undefined){
if(!(validate54(data.item_id, {instancePath:instancePath+"/item_id",parentData:data,parentDataProperty:"item_id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.error !== undefined){
if(!(validate417(data.error, {instancePath:instancePath+"/error",parentData:data,parentDataProperty:"error",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate417.errors : vErrors.concat(validate417.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.transaction_id !== undefined){
if(!(validate54(data.transaction_id, {instancePath:instancePath+"/transaction_id",parentData:data,parentDataProperty:"transaction_id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.payment_id !== undefined){
if(!(validate62(data.payment_id, {instancePath:instancePath+"/payment_id",parentData:data,parentDataProperty:"payment_id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate62.errors : vErrors.concat(validate62.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.wallet_id !== undefined){
if(!(validate54(data.wallet_id, {instancePath:instancePath+"/wallet_id",parentData:data,parentDataProperty:"wallet_id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.new_status !== undefined){
if(!(validate54(data.new_status, {instancePath:instancePath+"/new_status",parentData:data,parentDataProperty:"new_status",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.old_status !== undefined){
if(!(validate54(data.old_status, {instancePath:instancePath+"/old_status",parentData:data,parentDataProperty:"old_status",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.failure_reason !== undefined){
if(!(validate62(data.failure_reason, {instancePath:instancePath+"/failure_reason",parentData:data,parentDataProperty:"failure_reason",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate62.errors : vErrors.concat(validate62.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.timestamp !== undefined){
if(!(validate179(data.timestamp, {instancePath:instancePath+"/timestamp",parentData:data,parentDataProperty:"timestamp",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate179.errors : vErrors.concat(validate179.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(func3.call(schema111.allOf[12].properties, key0))){
const err4 = {instancePath,keyword:"additionalProperties",params:{additionalProperty: key0}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
validate620.errors = vErrors;
return errors === 0;
}
validate620.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema113 = {"type":"object","allOf":[{"required":["webhook_type"],"properties":{"webhook_type":{"const":"LINK_DELIVERY"}}},{"required":["webhook_code"],"properties":{"webhook_code":{"$ref":"#/$defs/d93"}}},{"properties":{"environment":{"$ref":"#/$defs/d0"}}},{"properties":{"item_id":{"$ref":"#/$defs/d0"}}},{"properties":{"error":{"$ref":"#/$defs/d53"}}},{"properties":{"link_delivery_session_id":{"$ref":"#/$defs/d0"}}},{"properties":{"timestamp":{"$ref":"#/$defs/d0"}}},{"properties":{"link_delivery_metadata":{"type":"object","additionalProperties":{"$ref":"#/$defs/d9"}}}},{"properties":{"link_callback_metadata":{"type":"object","additionalProperties":{"$ref":"#/$defs/d9"}}}},{"properties":{"webhook_type":true,"webhook_code":true,"environment":true,"item_id":true,"error":true,"link_delivery_session_id":true,"timestamp":true,"link_delivery_metadata":true,"link_callback_metadata":true},"additionalProperties":false}]};
const schema114 = {"type":"string","enum":["DELIVERY_STATUS","LINK_CALLBACK"]};

function validate634(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate634.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(typeof data !== "string"){
const err0 = {instancePath,keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(!((data === "DELIVERY_STATUS") || (data === "LINK_CALLBACK"))){
const err1 = {instancePath,keyword:"enum",params:{allowedValues: schema114.enum}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
validate634.errors = vErrors;
return errors === 0;
}
validate634.evaluated = {"dynamicProps":false,"dynamicItems":false};


function validate633(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate633.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(data && typeof data == "object" && !Array.isArray(data))){
const err0 = {instancePath,keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.webhook_type === undefined){
const err1 = {instancePath,keyword:"required",params:{missingProperty: "webhook_type"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.webhook_type !== undefined){
if("LINK_DELIVERY" !== data.webhook_type){
const err2 = {instancePath:instancePath+"/webhook_type",keyword:"const",params:{allowedValue: "LINK_DELIVERY"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.webhook_code === undefined){
const err3 = {instancePath,keyword:"required",params:{missingProperty: "webhook_code"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.webhook_code !== undefined){
if(!(validate634(data.webhook_code, {instancePath:instancePath+"/webhook_code",parentData:data,parentDataProperty:"webhook_code",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate634.errors : vErrors.concat(validate634.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.environment !== undefined){
if(!(validate54(data.environment, {instancePath:instancePath+"/environment",parentData:data,parentDataProperty:"environment",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.item_id !== undefined){
if(!(validate54(data.item_id, {instancePath:instancePath+"/item_id",parentData:data,parentDataProperty:"item_id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.error !== undefined){
if(!(validate417(data.error, {instancePath:instancePath+"/error",parentData:data,parentDataProperty:"error",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate417.errors : vErrors.concat(validate417.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.link_delivery_session_id !== undefined){
if(!(validate54(data.link_delivery_session_id, {instancePath:instancePath+"/link_delivery_session_id",parentData:data,parentDataProperty:"link_delivery_session_id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.timestamp !== undefined){
if(!(validate54(data.timestamp, {instancePath:instancePath+"/timestamp",parentData:data,parentDataProperty:"timestamp",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.link_delivery_metadata !== undefined){
let data7 = data.link_delivery_metadata;
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
for(const key0 in data7){
if(!(validate72(data7[key0], {instancePath:instancePath+"/link_delivery_metadata/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data7,parentDataProperty:key0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate72.errors : vErrors.concat(validate72.errors);
errors = vErrors.length;
}
}
}
else {
const err4 = {instancePath:instancePath+"/link_delivery_metadata",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.link_callback_metadata !== undefined){
let data9 = data.link_callback_metadata;
if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
for(const key1 in data9){
if(!(validate72(data9[key1], {instancePath:instancePath+"/link_callback_metadata/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data9,parentDataProperty:key1,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate72.errors : vErrors.concat(validate72.errors);
errors = vErrors.length;
}
}
}
else {
const err5 = {instancePath:instancePath+"/link_callback_metadata",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key2 in data){
if(!(func3.call(schema113.allOf[9].properties, key2))){
const err6 = {instancePath,keyword:"additionalProperties",params:{additionalProperty: key2}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
validate633.errors = vErrors;
return errors === 0;
}
validate633.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema116 = {"type":"string","enum":["STATEMENTS_REFRESH_COMPLETE"]};

function validate644(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate644.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(typeof data !== "string"){
const err0 = {instancePath,keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(!(data === "STATEMENTS_REFRESH_COMPLETE")){
const err1 = {instancePath,keyword:"enum",params:{allowedValues: schema116.enum}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
validate644.errors = vErrors;
return errors === 0;
}
validate644.evaluated = {"dynamicProps":false,"dynamicItems":false};


function validate643(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate643.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(data && typeof data == "object" && !Array.isArray(data))){
const err0 = {instancePath,keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.webhook_type === undefined){
const err1 = {instancePath,keyword:"required",params:{missingProperty: "webhook_type"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.webhook_type !== undefined){
if("STATEMENTS" !== data.webhook_type){
const err2 = {instancePath:instancePath+"/webhook_type",keyword:"const",params:{allowedValue: "STATEMENTS"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.webhook_code === undefined){
const err3 = {instancePath,keyword:"required",params:{missingProperty: "webhook_code"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.webhook_code !== undefined){
if(!(validate644(data.webhook_code, {instancePath:instancePath+"/webhook_code",parentData:data,parentDataProperty:"webhook_code",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate644.errors : vErrors.concat(validate644.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.environment !== undefined){
if(!(validate54(data.environment, {instancePath:instancePath+"/environment",parentData:data,parentDataProperty:"environment",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.item_id !== undefined){
if(!(validate54(data.item_id, {instancePath:instancePath+"/item_id",parentData:data,parentDataProperty:"item_id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.error !== undefined){
if(!(validate417(data.error, {instancePath:instancePath+"/error",parentData:data,parentDataProperty:"error",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate417.errors : vErrors.concat(validate417.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.result !== undefined){
if(!(validate54(data.result, {instancePath:instancePath+"/result",parentData:data,parentDataProperty:"result",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!((((((key0 === "webhook_type") || (key0 === "webhook_code")) || (key0 === "environment")) || (key0 === "item_id")) || (key0 === "error")) || (key0 === "result"))){
const err4 = {instancePath,keyword:"additionalProperties",params:{additionalProperty: key0}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
validate643.errors = vErrors;
return errors === 0;
}
validate643.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema118 = {"type":"string","enum":["INSIGHTS_UPDATED","NSF_OVERDRAFT_DETECTED","NEW_INCOME_STREAM_DETECTED","EXPECTED_DEPOSIT_MISSED","LOW_BALANCE_DETECTED","LARGE_DEPOSIT_DETECTED","NEW_LOAN_PAYMENT_DETECTED","CASH_FLOW_INSIGHTS_UPDATED"]};

function validate651(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate651.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(typeof data !== "string"){
const err0 = {instancePath,keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(!((((((((data === "INSIGHTS_UPDATED") || (data === "NSF_OVERDRAFT_DETECTED")) || (data === "NEW_INCOME_STREAM_DETECTED")) || (data === "EXPECTED_DEPOSIT_MISSED")) || (data === "LOW_BALANCE_DETECTED")) || (data === "LARGE_DEPOSIT_DETECTED")) || (data === "NEW_LOAN_PAYMENT_DETECTED")) || (data === "CASH_FLOW_INSIGHTS_UPDATED"))){
const err1 = {instancePath,keyword:"enum",params:{allowedValues: schema118.enum}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
validate651.errors = vErrors;
return errors === 0;
}
validate651.evaluated = {"dynamicProps":false,"dynamicItems":false};


function validate650(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate650.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(data && typeof data == "object" && !Array.isArray(data))){
const err0 = {instancePath,keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.webhook_type === undefined){
const err1 = {instancePath,keyword:"required",params:{missingProperty: "webhook_type"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.webhook_type !== undefined){
if("CASH_FLOW_UPDATES" !== data.webhook_type){
const err2 = {instancePath:instancePath+"/webhook_type",keyword:"const",params:{allowedValue: "CASH_FLOW_UPDATES"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.webhook_code === undefined){
const err3 = {instancePath,keyword:"required",params:{missingProperty: "webhook_code"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.webhook_code !== undefined){
if(!(validate651(data.webhook_code, {instancePath:instancePath+"/webhook_code",parentData:data,parentDataProperty:"webhook_code",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate651.errors : vErrors.concat(validate651.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.environment !== undefined){
if(!(validate54(data.environment, {instancePath:instancePath+"/environment",parentData:data,parentDataProperty:"environment",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.item_id !== undefined){
if(!(validate54(data.item_id, {instancePath:instancePath+"/item_id",parentData:data,parentDataProperty:"item_id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.error !== undefined){
if(!(validate417(data.error, {instancePath:instancePath+"/error",parentData:data,parentDataProperty:"error",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate417.errors : vErrors.concat(validate417.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.status !== undefined){
if(!(validate54(data.status, {instancePath:instancePath+"/status",parentData:data,parentDataProperty:"status",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.user_id !== undefined){
if(!(validate54(data.user_id, {instancePath:instancePath+"/user_id",parentData:data,parentDataProperty:"user_id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.insights !== undefined){
let data7 = data.insights;
if(Array.isArray(data7)){
const len0 = data7.length;
for(let i0=0; i0<len0; i0++){
if(!(validate68(data7[i0], {instancePath:instancePath+"/insights/" + i0,parentData:data7,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate68.errors : vErrors.concat(validate68.errors);
errors = vErrors.length;
}
}
}
else {
const err4 = {instancePath:instancePath+"/insights",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!((((((((key0 === "webhook_type") || (key0 === "webhook_code")) || (key0 === "environment")) || (key0 === "item_id")) || (key0 === "error")) || (key0 === "status")) || (key0 === "user_id")) || (key0 === "insights"))){
const err5 = {instancePath,keyword:"additionalProperties",params:{additionalProperty: key0}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
validate650.errors = vErrors;
return errors === 0;
}
validate650.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema120 = {"type":"string","enum":["ERROR"]};

function validate660(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate660.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(typeof data !== "string"){
const err0 = {instancePath,keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(!(data === "ERROR")){
const err1 = {instancePath,keyword:"enum",params:{allowedValues: schema120.enum}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
validate660.errors = vErrors;
return errors === 0;
}
validate660.evaluated = {"dynamicProps":false,"dynamicItems":false};


function validate659(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate659.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(data && typeof data == "object" && !Array.isArray(data))){
const err0 = {instancePath,keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.webhook_type === undefined){
const err1 = {instancePath,keyword:"required",params:{missingProperty: "webhook_type"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.webhook_type !== undefined){
if("BASE_REPORT" !== data.webhook_type){
const err2 = {instancePath:instancePath+"/webhook_type",keyword:"const",params:{allowedValue: "BASE_REPORT"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.webhook_code === undefined){
const err3 = {instancePath,keyword:"required",params:{missingProperty: "webhook_code"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.webhook_code !== undefined){
if(!(validate660(data.webhook_code, {instancePath:instancePath+"/webhook_code",parentData:data,parentDataProperty:"webhook_code",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate660.errors : vErrors.concat(validate660.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.environment !== undefined){
if(!(validate54(data.environment, {instancePath:instancePath+"/environment",parentData:data,parentDataProperty:"environment",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.item_id !== undefined){
if(!(validate54(data.item_id, {instancePath:instancePath+"/item_id",parentData:data,parentDataProperty:"item_id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.error !== undefined){
if(!(validate417(data.error, {instancePath:instancePath+"/error",parentData:data,parentDataProperty:"error",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate417.errors : vErrors.concat(validate417.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.user_id !== undefined){
if(!(validate54(data.user_id, {instancePath:instancePath+"/user_id",parentData:data,parentDataProperty:"user_id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!((((((key0 === "webhook_type") || (key0 === "webhook_code")) || (key0 === "environment")) || (key0 === "item_id")) || (key0 === "error")) || (key0 === "user_id"))){
const err4 = {instancePath,keyword:"additionalProperties",params:{additionalProperty: key0}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
validate659.errors = vErrors;
return errors === 0;
}
validate659.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema122 = {"type":"string","enum":["BANK_INCOME_COMPLETE","ERROR"]};

function validate667(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate667.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(typeof data !== "string"){
const err0 = {instancePath,keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(!((data === "BANK_INCOME_COMPLETE") || (data === "ERROR"))){
const err1 = {instancePath,keyword:"enum",params:{allowedValues: schema122.enum}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
validate667.errors = vErrors;
return errors === 0;
}
validate667.evaluated = {"dynamicProps":false,"dynamicItems":false};


function validate666(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate666.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(data && typeof data == "object" && !Array.isArray(data))){
const err0 = {instancePath,keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.webhook_type === undefined){
const err1 = {instancePath,keyword:"required",params:{missingProperty: "webhook_type"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.webhook_type !== undefined){
if("CRA_INCOME" !== data.webhook_type){
const err2 = {instancePath:instancePath+"/webhook_type",keyword:"const",params:{allowedValue: "CRA_INCOME"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.webhook_code === undefined){
const err3 = {instancePath,keyword:"required",params:{missingProperty: "webhook_code"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.webhook_code !== undefined){
if(!(validate667(data.webhook_code, {instancePath:instancePath+"/webhook_code",parentData:data,parentDataProperty:"webhook_code",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate667.errors : vErrors.concat(validate667.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.environment !== undefined){
if(!(validate54(data.environment, {instancePath:instancePath+"/environment",parentData:data,parentDataProperty:"environment",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.item_id !== undefined){
if(!(validate54(data.item_id, {instancePath:instancePath+"/item_id",parentData:data,parentDataProperty:"item_id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.error !== undefined){
if(!(validate417(data.error, {instancePath:instancePath+"/error",parentData:data,parentDataProperty:"error",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate417.errors : vErrors.concat(validate417.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.user_id !== undefined){
if(!(validate54(data.user_id, {instancePath:instancePath+"/user_id",parentData:data,parentDataProperty:"user_id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.result !== undefined){
if(!(validate54(data.result, {instancePath:instancePath+"/result",parentData:data,parentDataProperty:"result",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(((((((key0 === "webhook_type") || (key0 === "webhook_code")) || (key0 === "environment")) || (key0 === "item_id")) || (key0 === "error")) || (key0 === "user_id")) || (key0 === "result"))){
const err4 = {instancePath,keyword:"additionalProperties",params:{additionalProperty: key0}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
validate666.errors = vErrors;
return errors === 0;
}
validate666.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema123 = {"type":"object","allOf":[{"required":["webhook_type"],"properties":{"webhook_type":{"const":"CHECK_REPORT"}}},{"required":["webhook_code"],"properties":{"webhook_code":{"$ref":"#/$defs/d103"}}},{"properties":{"environment":{"$ref":"#/$defs/d0"}}},{"properties":{"item_id":{"$ref":"#/$defs/d0"}}},{"properties":{"error":{"$ref":"#/$defs/d53"}}},{"properties":{"user_id":{"$ref":"#/$defs/d0"}}},{"properties":{"successful_products":{"$ref":"#/$defs/d43"}}},{"properties":{"failed_products":{"$ref":"#/$defs/d43"}}},{"properties":{"item_ids":{"$ref":"#/$defs/d43"}}},{"properties":{"webhook_type":true,"webhook_code":true,"environment":true,"item_id":true,"error":true,"user_id":true,"successful_products":true,"failed_products":true,"item_ids":true},"additionalProperties":false}]};
const schema124 = {"type":"string","enum":["CHECK_REPORT_READY","CHECK_REPORT_FAILED","UPGRADE_FAILED","USER_CHECK_REPORT_READY","USER_CHECK_REPORT_FAILED"]};

function validate675(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate675.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(typeof data !== "string"){
const err0 = {instancePath,keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(!(((((data === "CHECK_REPORT_READY") || (data === "CHECK_REPORT_FAILED")) || (data === "UPGRADE_FAILED")) || (data === "USER_CHECK_REPORT_READY")) || (data === "USER_CHECK_REPORT_FAILED"))){
const err1 = {instancePath,keyword:"enum",params:{allowedValues: schema124.enum}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
validate675.errors = vErrors;
return errors === 0;
}
validate675.evaluated = {"dynamicProps":false,"dynamicItems":false};


function validate674(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate674.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(data && typeof data == "object" && !Array.isArray(data))){
const err0 = {instancePath,keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.webhook_type === undefined){
const err1 = {instancePath,keyword:"required",params:{missingProperty: "webhook_type"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.webhook_type !== undefined){
if("CHECK_REPORT" !== data.webhook_type){
const err2 = {instancePath:instancePath+"/webhook_type",keyword:"const",params:{allowedValue: "CHECK_REPORT"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.webhook_code === undefined){
const err3 = {instancePath,keyword:"required",params:{missingProperty: "webhook_code"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.webhook_code !== undefined){
if(!(validate675(data.webhook_code, {instancePath:instancePath+"/webhook_code",parentData:data,parentDataProperty:"webhook_code",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate675.errors : vErrors.concat(validate675.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.environment !== undefined){
if(!(validate54(data.environment, {instancePath:instancePath+"/environment",parentData:data,parentDataProperty:"environment",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.item_id !== undefined){
if(!(validate54(data.item_id, {instancePath:instancePath+"/item_id",parentData:data,parentDataProperty:"item_id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.error !== undefined){
if(!(validate417(data.error, {instancePath:instancePath+"/error",parentData:data,parentDataProperty:"error",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate417.errors : vErrors.concat(validate417.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.user_id !== undefined){
if(!(validate54(data.user_id, {instancePath:instancePath+"/user_id",parentData:data,parentDataProperty:"user_id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.successful_products !== undefined){
if(!(validate369(data.successful_products, {instancePath:instancePath+"/successful_products",parentData:data,parentDataProperty:"successful_products",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate369.errors : vErrors.concat(validate369.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.failed_products !== undefined){
if(!(validate369(data.failed_products, {instancePath:instancePath+"/failed_products",parentData:data,parentDataProperty:"failed_products",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate369.errors : vErrors.concat(validate369.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.item_ids !== undefined){
if(!(validate369(data.item_ids, {instancePath:instancePath+"/item_ids",parentData:data,parentDataProperty:"item_ids",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate369.errors : vErrors.concat(validate369.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(func3.call(schema123.allOf[9].properties, key0))){
const err4 = {instancePath,keyword:"additionalProperties",params:{additionalProperty: key0}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
validate674.errors = vErrors;
return errors === 0;
}
validate674.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema126 = {"type":"string","enum":["PARTNER_INSIGHTS_COMPLETE","PARTNER_INSIGHTS_ERROR"]};

function validate685(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate685.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(typeof data !== "string"){
const err0 = {instancePath,keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(!((data === "PARTNER_INSIGHTS_COMPLETE") || (data === "PARTNER_INSIGHTS_ERROR"))){
const err1 = {instancePath,keyword:"enum",params:{allowedValues: schema126.enum}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
validate685.errors = vErrors;
return errors === 0;
}
validate685.evaluated = {"dynamicProps":false,"dynamicItems":false};


function validate684(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate684.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(data && typeof data == "object" && !Array.isArray(data))){
const err0 = {instancePath,keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.webhook_type === undefined){
const err1 = {instancePath,keyword:"required",params:{missingProperty: "webhook_type"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.webhook_type !== undefined){
if("CRA_INSIGHTS" !== data.webhook_type){
const err2 = {instancePath:instancePath+"/webhook_type",keyword:"const",params:{allowedValue: "CRA_INSIGHTS"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.webhook_code === undefined){
const err3 = {instancePath,keyword:"required",params:{missingProperty: "webhook_code"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.webhook_code !== undefined){
if(!(validate685(data.webhook_code, {instancePath:instancePath+"/webhook_code",parentData:data,parentDataProperty:"webhook_code",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate685.errors : vErrors.concat(validate685.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.environment !== undefined){
if(!(validate54(data.environment, {instancePath:instancePath+"/environment",parentData:data,parentDataProperty:"environment",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.item_id !== undefined){
if(!(validate54(data.item_id, {instancePath:instancePath+"/item_id",parentData:data,parentDataProperty:"item_id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.error !== undefined){
if(!(validate417(data.error, {instancePath:instancePath+"/error",parentData:data,parentDataProperty:"error",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate417.errors : vErrors.concat(validate417.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.user_id !== undefined){
if(!(validate54(data.user_id, {instancePath:instancePath+"/user_id",parentData:data,parentDataProperty:"user_id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!((((((key0 === "webhook_type") || (key0 === "webhook_code")) || (key0 === "environment")) || (key0 === "item_id")) || (key0 === "error")) || (key0 === "user_id"))){
const err4 = {instancePath,keyword:"additionalProperties",params:{additionalProperty: key0}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
validate684.errors = vErrors;
return errors === 0;
}
validate684.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema127 = {"type":"object","allOf":[{"required":["webhook_type"],"properties":{"webhook_type":{"const":"LINK"}}},{"required":["webhook_code"],"properties":{"webhook_code":{"$ref":"#/$defs/d107"}}},{"properties":{"environment":{"$ref":"#/$defs/d0"}}},{"properties":{"item_id":{"$ref":"#/$defs/d0"}}},{"properties":{"error":{"$ref":"#/$defs/d53"}}},{"properties":{"events":{"type":"array","items":{"$ref":"#/$defs/d10"}}}},{"properties":{"link_session_id":{"$ref":"#/$defs/d0"}}},{"properties":{"link_token":{"$ref":"#/$defs/d0"}}},{"properties":{"public_token":{"$ref":"#/$defs/d0"}}},{"properties":{"status":{"$ref":"#/$defs/d0"}}},{"properties":{"public_tokens":{"type":"array","items":{"$ref":"#/$defs/d10"}}}},{"properties":{"user_id":{"$ref":"#/$defs/d0"}}},{"properties":{"webhook_type":true,"webhook_code":true,"environment":true,"item_id":true,"error":true,"events":true,"link_session_id":true,"link_token":true,"public_token":true,"status":true,"public_tokens":true,"user_id":true},"additionalProperties":false}]};
const schema128 = {"type":"string","enum":["EVENTS","ITEM_ADD_RESULT","SESSION_FINISHED"]};

function validate692(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate692.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(typeof data !== "string"){
const err0 = {instancePath,keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(!(((data === "EVENTS") || (data === "ITEM_ADD_RESULT")) || (data === "SESSION_FINISHED"))){
const err1 = {instancePath,keyword:"enum",params:{allowedValues: schema128.enum}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
validate692.errors = vErrors;
return errors === 0;
}
validate692.evaluated = {"dynamicProps":false,"dynamicItems":false};


function validate691(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate691.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(data && typeof data == "object" && !Array.isArray(data))){
const err0 = {instancePath,keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.webhook_type === undefined){
const err1 = {instancePath,keyword:"required",params:{missingProperty: "webhook_type"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.webhook_type !== undefined){
if("LINK" !== data.webhook_type){
const err2 = {instancePath:instancePath+"/webhook_type",keyword:"const",params:{allowedValue: "LINK"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.webhook_code === undefined){
const err3 = {instancePath,keyword:"required",params:{missingProperty: "webhook_code"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.webhook_code !== undefined){
if(!(validate692(data.webhook_code, {instancePath:instancePath+"/webhook_code",parentData:data,parentDataProperty:"webhook_code",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate692.errors : vErrors.concat(validate692.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.environment !== undefined){
if(!(validate54(data.environment, {instancePath:instancePath+"/environment",parentData:data,parentDataProperty:"environment",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.item_id !== undefined){
if(!(validate54(data.item_id, {instancePath:instancePath+"/item_id",parentData:data,parentDataProperty:"item_id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.error !== undefined){
if(!(validate417(data.error, {instancePath:instancePath+"/error",parentData:data,parentDataProperty:"error",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate417.errors : vErrors.concat(validate417.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.events !== undefined){
let data5 = data.events;
if(Array.isArray(data5)){
const len0 = data5.length;
for(let i0=0; i0<len0; i0++){
if(!(validate68(data5[i0], {instancePath:instancePath+"/events/" + i0,parentData:data5,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate68.errors : vErrors.concat(validate68.errors);
errors = vErrors.length;
}
}
}
else {
const err4 = {instancePath:instancePath+"/events",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.link_session_id !== undefined){
if(!(validate54(data.link_session_id, {instancePath:instancePath+"/link_session_id",parentData:data,parentDataProperty:"link_session_id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.link_token !== undefined){
if(!(validate54(data.link_token, {instancePath:instancePath+"/link_token",parentData:data,parentDataProperty:"link_token",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.public_token !== undefined){
if(!(validate54(data.public_token, {instancePath:instancePath+"/public_token",parentData:data,parentDataProperty:"public_token",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.status !== undefined){
if(!(validate54(data.status, {instancePath:instancePath+"/status",parentData:data,parentDataProperty:"status",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.public_tokens !== undefined){
let data11 = data.public_tokens;
if(Array.isArray(data11)){
const len1 = data11.length;
for(let i1=0; i1<len1; i1++){
if(!(validate68(data11[i1], {instancePath:instancePath+"/public_tokens/" + i1,parentData:data11,parentDataProperty:i1,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate68.errors : vErrors.concat(validate68.errors);
errors = vErrors.length;
}
}
}
else {
const err5 = {instancePath:instancePath+"/public_tokens",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.user_id !== undefined){
if(!(validate54(data.user_id, {instancePath:instancePath+"/user_id",parentData:data,parentDataProperty:"user_id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(func3.call(schema127.allOf[12].properties, key0))){
const err6 = {instancePath,keyword:"additionalProperties",params:{additionalProperty: key0}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
validate691.errors = vErrors;
return errors === 0;
}
validate691.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema130 = {"type":"string","enum":["INSTITUTION_STATUS_ALERT_TRIGGERED"]};

function validate705(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate705.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(typeof data !== "string"){
const err0 = {instancePath,keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(!(data === "INSTITUTION_STATUS_ALERT_TRIGGERED")){
const err1 = {instancePath,keyword:"enum",params:{allowedValues: schema130.enum}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
validate705.errors = vErrors;
return errors === 0;
}
validate705.evaluated = {"dynamicProps":false,"dynamicItems":false};


function validate704(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate704.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(data && typeof data == "object" && !Array.isArray(data))){
const err0 = {instancePath,keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.webhook_type === undefined){
const err1 = {instancePath,keyword:"required",params:{missingProperty: "webhook_type"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.webhook_type !== undefined){
if("DASHBOARD_CONFIGURED_ALERT" !== data.webhook_type){
const err2 = {instancePath:instancePath+"/webhook_type",keyword:"const",params:{allowedValue: "DASHBOARD_CONFIGURED_ALERT"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.webhook_code === undefined){
const err3 = {instancePath,keyword:"required",params:{missingProperty: "webhook_code"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.webhook_code !== undefined){
if(!(validate705(data.webhook_code, {instancePath:instancePath+"/webhook_code",parentData:data,parentDataProperty:"webhook_code",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate705.errors : vErrors.concat(validate705.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.environment !== undefined){
if(!(validate54(data.environment, {instancePath:instancePath+"/environment",parentData:data,parentDataProperty:"environment",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.item_id !== undefined){
if(!(validate54(data.item_id, {instancePath:instancePath+"/item_id",parentData:data,parentDataProperty:"item_id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.error !== undefined){
if(!(validate417(data.error, {instancePath:instancePath+"/error",parentData:data,parentDataProperty:"error",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate417.errors : vErrors.concat(validate417.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.institution_id !== undefined){
if(!(validate54(data.institution_id, {instancePath:instancePath+"/institution_id",parentData:data,parentDataProperty:"institution_id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.institution_overall_success_rate !== undefined){
if(!(validate70(data.institution_overall_success_rate, {instancePath:instancePath+"/institution_overall_success_rate",parentData:data,parentDataProperty:"institution_overall_success_rate",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate70.errors : vErrors.concat(validate70.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(((((((key0 === "webhook_type") || (key0 === "webhook_code")) || (key0 === "environment")) || (key0 === "item_id")) || (key0 === "error")) || (key0 === "institution_id")) || (key0 === "institution_overall_success_rate"))){
const err4 = {instancePath,keyword:"additionalProperties",params:{additionalProperty: key0}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
validate704.errors = vErrors;
return errors === 0;
}
validate704.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema132 = {"type":"string","enum":["PRODUCT_READY","ERROR"]};

function validate713(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate713.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(typeof data !== "string"){
const err0 = {instancePath,keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(!((data === "PRODUCT_READY") || (data === "ERROR"))){
const err1 = {instancePath,keyword:"enum",params:{allowedValues: schema132.enum}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
validate713.errors = vErrors;
return errors === 0;
}
validate713.evaluated = {"dynamicProps":false,"dynamicItems":false};


function validate712(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate712.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(data && typeof data == "object" && !Array.isArray(data))){
const err0 = {instancePath,keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.webhook_type === undefined){
const err1 = {instancePath,keyword:"required",params:{missingProperty: "webhook_type"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.webhook_type !== undefined){
if("ASSETS" !== data.webhook_type){
const err2 = {instancePath:instancePath+"/webhook_type",keyword:"const",params:{allowedValue: "ASSETS"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.webhook_code === undefined){
const err3 = {instancePath,keyword:"required",params:{missingProperty: "webhook_code"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.webhook_code !== undefined){
if(!(validate713(data.webhook_code, {instancePath:instancePath+"/webhook_code",parentData:data,parentDataProperty:"webhook_code",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate713.errors : vErrors.concat(validate713.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.environment !== undefined){
if(!(validate54(data.environment, {instancePath:instancePath+"/environment",parentData:data,parentDataProperty:"environment",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.item_id !== undefined){
if(!(validate54(data.item_id, {instancePath:instancePath+"/item_id",parentData:data,parentDataProperty:"item_id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.error !== undefined){
if(!(validate417(data.error, {instancePath:instancePath+"/error",parentData:data,parentDataProperty:"error",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate417.errors : vErrors.concat(validate417.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.asset_report_id !== undefined){
if(!(validate54(data.asset_report_id, {instancePath:instancePath+"/asset_report_id",parentData:data,parentDataProperty:"asset_report_id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.user_id !== undefined){
if(!(validate54(data.user_id, {instancePath:instancePath+"/user_id",parentData:data,parentDataProperty:"user_id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.report_type !== undefined){
if(!(validate54(data.report_type, {instancePath:instancePath+"/report_type",parentData:data,parentDataProperty:"report_type",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!((((((((key0 === "webhook_type") || (key0 === "webhook_code")) || (key0 === "environment")) || (key0 === "item_id")) || (key0 === "error")) || (key0 === "asset_report_id")) || (key0 === "user_id")) || (key0 === "report_type"))){
const err4 = {instancePath,keyword:"additionalProperties",params:{additionalProperty: key0}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
validate712.errors = vErrors;
return errors === 0;
}
validate712.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const pattern5 = new RegExp("^(?!(?:SCREENING|ENTITY_SCREENING|BEACON|IDENTITY_VERIFICATION|TRANSACTIONS|IDENTITY|PROCESSOR_TOKEN|ISSUES|AUTH|ITEM|INCOME|BANK_TRANSFERS|TRANSFER|LAYER|PROTECT|INVESTMENTS_TRANSACTIONS|HOLDINGS|PARTNER|LIABILITIES|PAYMENT_INITIATION|WALLET|LINK_DELIVERY|STATEMENTS|CASH_FLOW_UPDATES|BASE_REPORT|CRA_INCOME|CHECK_REPORT|CRA_INSIGHTS|LINK|DASHBOARD_CONFIGURED_ALERT|ASSETS)(?![\\s\\S]))", "u");

function validate721(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate721.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(data && typeof data == "object" && !Array.isArray(data))){
const err0 = {instancePath,keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.webhook_type === undefined){
const err1 = {instancePath,keyword:"required",params:{missingProperty: "webhook_type"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.webhook_type !== undefined){
let data0 = data.webhook_type;
if(typeof data0 === "string"){
if(func1(data0) > 8192){
const err2 = {instancePath:instancePath+"/webhook_type",keyword:"maxLength",params:{limit: 8192}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(!pattern5.test(data0)){
const err3 = {instancePath:instancePath+"/webhook_type",keyword:"pattern",params:{pattern: "^(?!(?:SCREENING|ENTITY_SCREENING|BEACON|IDENTITY_VERIFICATION|TRANSACTIONS|IDENTITY|PROCESSOR_TOKEN|ISSUES|AUTH|ITEM|INCOME|BANK_TRANSFERS|TRANSFER|LAYER|PROTECT|INVESTMENTS_TRANSACTIONS|HOLDINGS|PARTNER|LIABILITIES|PAYMENT_INITIATION|WALLET|LINK_DELIVERY|STATEMENTS|CASH_FLOW_UPDATES|BASE_REPORT|CRA_INCOME|CHECK_REPORT|CRA_INSIGHTS|LINK|DASHBOARD_CONFIGURED_ALERT|ASSETS)(?![\\s\\S]))"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/webhook_type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.webhook_code === undefined){
const err5 = {instancePath,keyword:"required",params:{missingProperty: "webhook_code"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.webhook_code !== undefined){
if(!(validate54(data.webhook_code, {instancePath:instancePath+"/webhook_code",parentData:data,parentDataProperty:"webhook_code",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.environment !== undefined){
if(!(validate54(data.environment, {instancePath:instancePath+"/environment",parentData:data,parentDataProperty:"environment",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.item_id !== undefined){
if(!(validate54(data.item_id, {instancePath:instancePath+"/item_id",parentData:data,parentDataProperty:"item_id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.error !== undefined){
if(!(validate58(data.error, {instancePath:instancePath+"/error",parentData:data,parentDataProperty:"error",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate58.errors : vErrors.concat(validate58.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(((((key0 === "webhook_type") || (key0 === "webhook_code")) || (key0 === "environment")) || (key0 === "item_id")) || (key0 === "error"))){
if(!(validate68(data[key0], {instancePath:instancePath+"/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data,parentDataProperty:key0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate68.errors : vErrors.concat(validate68.errors);
errors = vErrors.length;
}
}
}
}
validate721.errors = vErrors;
return errors === 0;
}
validate721.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

/** The payload kind plaid/webhook: its tag field and the validator of each member, lenient
 * and strict. */
export const VALIDATORS: PayloadValidators = {
  tag: "webhook_type",
  lenient: new Map([["SCREENING", validate53], ["ENTITY_SCREENING", validate122], ["BEACON", validate129], ["IDENTITY_VERIFICATION", validate139], ["TRANSACTIONS", validate146], ["IDENTITY", validate157], ["PROCESSOR_TOKEN", validate164], ["ISSUES", validate172], ["AUTH", validate184], ["ITEM", validate194], ["INCOME", validate206], ["BANK_TRANSFERS", validate216], ["TRANSFER", validate222], ["LAYER", validate234], ["PROTECT", validate242], ["INVESTMENTS_TRANSACTIONS", validate254], ["HOLDINGS", validate263], ["PARTNER", validate272], ["LIABILITIES", validate282], ["PAYMENT_INITIATION", validate291], ["WALLET", validate309], ["LINK_DELIVERY", validate322], ["STATEMENTS", validate332], ["CASH_FLOW_UPDATES", validate339], ["BASE_REPORT", validate348], ["CRA_INCOME", validate355], ["CHECK_REPORT", validate363], ["CRA_INSIGHTS", validate375], ["LINK", validate382], ["DASHBOARD_CONFIGURED_ALERT", validate395], ["ASSETS", validate403]]),
  strict: new Map([["SCREENING", validate412], ["ENTITY_SCREENING", validate436], ["BEACON", validate442], ["IDENTITY_VERIFICATION", validate452], ["TRANSACTIONS", validate459], ["IDENTITY", validate470], ["PROCESSOR_TOKEN", validate477], ["ISSUES", validate485], ["AUTH", validate496], ["ITEM", validate506], ["INCOME", validate518], ["BANK_TRANSFERS", validate528], ["TRANSFER", validate534], ["LAYER", validate546], ["PROTECT", validate554], ["INVESTMENTS_TRANSACTIONS", validate566], ["HOLDINGS", validate575], ["PARTNER", validate584], ["LIABILITIES", validate594], ["PAYMENT_INITIATION", validate602], ["WALLET", validate620], ["LINK_DELIVERY", validate633], ["STATEMENTS", validate643], ["CASH_FLOW_UPDATES", validate650], ["BASE_REPORT", validate659], ["CRA_INCOME", validate666], ["CHECK_REPORT", validate674], ["CRA_INSIGHTS", validate684], ["LINK", validate691], ["DASHBOARD_CONFIGURED_ALERT", validate704], ["ASSETS", validate712]]),
  fallback: validate721,
};
