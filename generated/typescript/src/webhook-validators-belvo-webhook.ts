// generated from spec/catalog.json — do not edit (run `make generate`)
// inputs sha256:abfe523b4cb7defc25bebce652646d2e28bddea1bcf02ebe2f16ee08320c83b2
// @ts-nocheck: the validators are the JavaScript ajv writes (standalone code), which tsc does
// not check; the table that ends the module, which the receiver reads, is typed.
/**
 * The validators of the webhook payload kind belvo/webhook, one per member of its union, lenient
 * and strict: its JSON Schemas (generated/jsonschema/) compiled by ajv when the package is
 * generated, so that the package needs no schema compiler (and no code is built at run time).
 * Read by the receiver of its provider (and by webhook-validators.ts, every kind's); not
 * exported by the package.
 */
import type { PayloadValidators } from "./webhook-types.js";

const schema20 = {"type":"object","allOf":[{"required":["webhook_id"],"properties":{"webhook_id":{"$ref":"#/$defs/d0"}}},{"required":["webhook_type"],"properties":{"webhook_type":{"const":"LINK"}}},{"required":["webhook_code"],"properties":{"webhook_code":{"$ref":"#/$defs/d0"}}},{"properties":{"process_type":{"$ref":"#/$defs/d0"}}},{"properties":{"link_id":{"$ref":"#/$defs/d0"}}},{"properties":{"object_id":{"$ref":"#/$defs/d0"}}},{"properties":{"request_id":{"$ref":"#/$defs/d0"}}},{"properties":{"external_id":{"$ref":"#/$defs/d1"}}},{"required":["data"],"properties":{"data":{"$ref":"#/$defs/d12"}}},{"properties":{"webhook_id":true,"webhook_type":true,"webhook_code":true,"process_type":true,"link_id":true,"object_id":true,"request_id":true,"external_id":true,"data":true},"additionalProperties":{"$ref":"#/$defs/d11"}}]};
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


function validate61(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate61.evaluated;
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
validate61.errors = vErrors;
return errors === 0;
}
validate61.evaluated = {"dynamicProps":false,"dynamicItems":false};


function validate67(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate67.evaluated;
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
validate67.errors = vErrors;
return errors === 0;
}
validate67.evaluated = {"dynamicProps":false,"dynamicItems":false};


function validate71(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate71.evaluated;
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
validate71.errors = vErrors;
return errors === 0;
}
validate71.evaluated = {"dynamicProps":false,"dynamicItems":false};


function validate91(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate91.evaluated;
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
if(!(validate71(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate71.errors : vErrors.concat(validate71.errors);
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
validate91.errors = vErrors;
return errors === 0;
}
validate91.evaluated = {"dynamicProps":false,"dynamicItems":false};


function validate88(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate88.evaluated;
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
if(!(validate71(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate71.errors : vErrors.concat(validate71.errors);
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
if(!(validate91(data[i0], {instancePath:instancePath+"/" + i0,parentData:data,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate91.errors : vErrors.concat(validate91.errors);
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
if(!(validate91(data[key0], {instancePath:instancePath+"/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data,parentDataProperty:key0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate91.errors : vErrors.concat(validate91.errors);
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
validate88.errors = vErrors;
evaluated0.props = props0;
evaluated0.items = items0;
return errors === 0;
}
validate88.evaluated = {"dynamicProps":true,"dynamicItems":true};


function validate85(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate85.evaluated;
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
if(!(validate71(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate71.errors : vErrors.concat(validate71.errors);
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
if(!(validate88(data[i0], {instancePath:instancePath+"/" + i0,parentData:data,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate88.errors : vErrors.concat(validate88.errors);
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
if(!(validate88(data[key0], {instancePath:instancePath+"/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data,parentDataProperty:key0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate88.errors : vErrors.concat(validate88.errors);
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
validate85.errors = vErrors;
evaluated0.props = props2;
evaluated0.items = items1;
return errors === 0;
}
validate85.evaluated = {"dynamicProps":true,"dynamicItems":true};


function validate82(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate82.evaluated;
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
if(!(validate71(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate71.errors : vErrors.concat(validate71.errors);
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
if(!(validate85(data[i0], {instancePath:instancePath+"/" + i0,parentData:data,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate85.errors : vErrors.concat(validate85.errors);
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
if(!(validate85(data[key0], {instancePath:instancePath+"/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data,parentDataProperty:key0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate85.errors : vErrors.concat(validate85.errors);
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
validate82.errors = vErrors;
evaluated0.props = props2;
evaluated0.items = items1;
return errors === 0;
}
validate82.evaluated = {"dynamicProps":true,"dynamicItems":true};


function validate79(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate79.evaluated;
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
if(!(validate71(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate71.errors : vErrors.concat(validate71.errors);
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
if(!(validate82(data[i0], {instancePath:instancePath+"/" + i0,parentData:data,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate82.errors : vErrors.concat(validate82.errors);
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
if(!(validate82(data[key0], {instancePath:instancePath+"/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data,parentDataProperty:key0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate82.errors : vErrors.concat(validate82.errors);
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
validate79.errors = vErrors;
evaluated0.props = props2;
evaluated0.items = items1;
return errors === 0;
}
validate79.evaluated = {"dynamicProps":true,"dynamicItems":true};


function validate76(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate76.evaluated;
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
if(!(validate71(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate71.errors : vErrors.concat(validate71.errors);
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
if(!(validate79(data[i0], {instancePath:instancePath+"/" + i0,parentData:data,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate79.errors : vErrors.concat(validate79.errors);
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
if(!(validate79(data[key0], {instancePath:instancePath+"/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data,parentDataProperty:key0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate79.errors : vErrors.concat(validate79.errors);
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
validate76.errors = vErrors;
evaluated0.props = props2;
evaluated0.items = items1;
return errors === 0;
}
validate76.evaluated = {"dynamicProps":true,"dynamicItems":true};


function validate73(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate73.evaluated;
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
if(!(validate71(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate71.errors : vErrors.concat(validate71.errors);
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
if(!(validate76(data[i0], {instancePath:instancePath+"/" + i0,parentData:data,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate76.errors : vErrors.concat(validate76.errors);
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
if(!(validate76(data[key0], {instancePath:instancePath+"/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data,parentDataProperty:key0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate76.errors : vErrors.concat(validate76.errors);
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
validate73.errors = vErrors;
evaluated0.props = props2;
evaluated0.items = items1;
return errors === 0;
}
validate73.evaluated = {"dynamicProps":true,"dynamicItems":true};


function validate69(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate69.evaluated;
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
if(!(validate71(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate71.errors : vErrors.concat(validate71.errors);
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
if(!(validate73(data[i0], {instancePath:instancePath+"/" + i0,parentData:data,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate73.errors : vErrors.concat(validate73.errors);
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
if(!(validate73(data[key0], {instancePath:instancePath+"/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data,parentDataProperty:key0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate73.errors : vErrors.concat(validate73.errors);
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
validate69.errors = vErrors;
evaluated0.props = props2;
evaluated0.items = items1;
return errors === 0;
}
validate69.evaluated = {"dynamicProps":true,"dynamicItems":true};


function validate64(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate64.evaluated;
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
if(data.error_code === undefined){
const err1 = {instancePath,keyword:"required",params:{missingProperty: "error_code"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
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
if(data.error_message !== undefined){
if(!(validate54(data.error_message, {instancePath:instancePath+"/error_message",parentData:data,parentDataProperty:"error_message",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.status !== undefined){
if(!(validate67(data.status, {instancePath:instancePath+"/status",parentData:data,parentDataProperty:"status",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate67.errors : vErrors.concat(validate67.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(((key0 === "error_code") || (key0 === "error_message")) || (key0 === "status"))){
if(!(validate69(data[key0], {instancePath:instancePath+"/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data,parentDataProperty:key0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate69.errors : vErrors.concat(validate69.errors);
errors = vErrors.length;
}
}
}
}
validate64.errors = vErrors;
return errors === 0;
}
validate64.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const func2 = Object.prototype.hasOwnProperty;

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
if(data.webhook_id === undefined){
const err1 = {instancePath,keyword:"required",params:{missingProperty: "webhook_id"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.webhook_id !== undefined){
if(!(validate54(data.webhook_id, {instancePath:instancePath+"/webhook_id",parentData:data,parentDataProperty:"webhook_id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.webhook_type === undefined){
const err2 = {instancePath,keyword:"required",params:{missingProperty: "webhook_type"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.webhook_type !== undefined){
if("LINK" !== data.webhook_type){
const err3 = {instancePath:instancePath+"/webhook_type",keyword:"const",params:{allowedValue: "LINK"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.webhook_code === undefined){
const err4 = {instancePath,keyword:"required",params:{missingProperty: "webhook_code"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
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
if(data.process_type !== undefined){
if(!(validate54(data.process_type, {instancePath:instancePath+"/process_type",parentData:data,parentDataProperty:"process_type",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.link_id !== undefined){
if(!(validate54(data.link_id, {instancePath:instancePath+"/link_id",parentData:data,parentDataProperty:"link_id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.object_id !== undefined){
if(!(validate54(data.object_id, {instancePath:instancePath+"/object_id",parentData:data,parentDataProperty:"object_id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
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
if(data.external_id !== undefined){
if(!(validate61(data.external_id, {instancePath:instancePath+"/external_id",parentData:data,parentDataProperty:"external_id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate61.errors : vErrors.concat(validate61.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.data === undefined){
const err5 = {instancePath,keyword:"required",params:{missingProperty: "data"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.data !== undefined){
if(!(validate64(data.data, {instancePath:instancePath+"/data",parentData:data,parentDataProperty:"data",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate64.errors : vErrors.concat(validate64.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(func2.call(schema20.allOf[9].properties, key0))){
if(!(validate69(data[key0], {instancePath:instancePath+"/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data,parentDataProperty:key0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate69.errors : vErrors.concat(validate69.errors);
errors = vErrors.length;
}
}
}
}
validate53.errors = vErrors;
return errors === 0;
}
validate53.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema34 = {"type":"object","allOf":[{"required":["webhook_id"],"properties":{"webhook_id":{"$ref":"#/$defs/d0"}}},{"required":["webhook_type"],"properties":{"webhook_type":{"const":"PAYMENT_INTENTS"}}},{"required":["webhook_code"],"properties":{"webhook_code":{"$ref":"#/$defs/d0"}}},{"properties":{"process_type":{"$ref":"#/$defs/d0"}}},{"properties":{"link_id":{"$ref":"#/$defs/d0"}}},{"properties":{"object_id":{"$ref":"#/$defs/d0"}}},{"properties":{"request_id":{"$ref":"#/$defs/d0"}}},{"properties":{"external_id":{"$ref":"#/$defs/d1"}}},{"properties":{"data":{"$ref":"#/$defs/d14"}}},{"properties":{"webhook_id":true,"webhook_type":true,"webhook_code":true,"process_type":true,"link_id":true,"object_id":true,"request_id":true,"external_id":true,"data":true},"additionalProperties":{"$ref":"#/$defs/d11"}}]};

function validate119(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate119.evaluated;
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
if(data.status !== undefined){
if(!(validate54(data.status, {instancePath:instancePath+"/status",parentData:data,parentDataProperty:"status",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.metadata !== undefined){
if(!(validate69(data.metadata, {instancePath:instancePath+"/metadata",parentData:data,parentDataProperty:"metadata",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate69.errors : vErrors.concat(validate69.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.failure_code !== undefined){
if(!(validate61(data.failure_code, {instancePath:instancePath+"/failure_code",parentData:data,parentDataProperty:"failure_code",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate61.errors : vErrors.concat(validate61.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.failure_message !== undefined){
if(!(validate61(data.failure_message, {instancePath:instancePath+"/failure_message",parentData:data,parentDataProperty:"failure_message",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate61.errors : vErrors.concat(validate61.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.end_to_end_id !== undefined){
if(!(validate61(data.end_to_end_id, {instancePath:instancePath+"/end_to_end_id",parentData:data,parentDataProperty:"end_to_end_id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate61.errors : vErrors.concat(validate61.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(((((key0 === "status") || (key0 === "metadata")) || (key0 === "failure_code")) || (key0 === "failure_message")) || (key0 === "end_to_end_id"))){
if(!(validate69(data[key0], {instancePath:instancePath+"/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data,parentDataProperty:key0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate69.errors : vErrors.concat(validate69.errors);
errors = vErrors.length;
}
}
}
}
validate119.errors = vErrors;
return errors === 0;
}
validate119.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate111(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate111.evaluated;
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
if(data.webhook_id === undefined){
const err1 = {instancePath,keyword:"required",params:{missingProperty: "webhook_id"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.webhook_id !== undefined){
if(!(validate54(data.webhook_id, {instancePath:instancePath+"/webhook_id",parentData:data,parentDataProperty:"webhook_id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.webhook_type === undefined){
const err2 = {instancePath,keyword:"required",params:{missingProperty: "webhook_type"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.webhook_type !== undefined){
if("PAYMENT_INTENTS" !== data.webhook_type){
const err3 = {instancePath:instancePath+"/webhook_type",keyword:"const",params:{allowedValue: "PAYMENT_INTENTS"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.webhook_code === undefined){
const err4 = {instancePath,keyword:"required",params:{missingProperty: "webhook_code"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
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
if(data.process_type !== undefined){
if(!(validate54(data.process_type, {instancePath:instancePath+"/process_type",parentData:data,parentDataProperty:"process_type",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.link_id !== undefined){
if(!(validate54(data.link_id, {instancePath:instancePath+"/link_id",parentData:data,parentDataProperty:"link_id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.object_id !== undefined){
if(!(validate54(data.object_id, {instancePath:instancePath+"/object_id",parentData:data,parentDataProperty:"object_id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
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
if(data.external_id !== undefined){
if(!(validate61(data.external_id, {instancePath:instancePath+"/external_id",parentData:data,parentDataProperty:"external_id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate61.errors : vErrors.concat(validate61.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.data !== undefined){
if(!(validate119(data.data, {instancePath:instancePath+"/data",parentData:data,parentDataProperty:"data",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate119.errors : vErrors.concat(validate119.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(func2.call(schema34.allOf[9].properties, key0))){
if(!(validate69(data[key0], {instancePath:instancePath+"/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data,parentDataProperty:key0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate69.errors : vErrors.concat(validate69.errors);
errors = vErrors.length;
}
}
}
}
validate111.errors = vErrors;
return errors === 0;
}
validate111.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema36 = {"type":"object","allOf":[{"required":["webhook_id"],"properties":{"webhook_id":{"$ref":"#/$defs/d0"}}},{"required":["webhook_type"],"properties":{"webhook_type":{"const":"ACCOUNTS"}}},{"required":["webhook_code"],"properties":{"webhook_code":{"$ref":"#/$defs/d0"}}},{"properties":{"process_type":{"$ref":"#/$defs/d0"}}},{"properties":{"link_id":{"$ref":"#/$defs/d0"}}},{"properties":{"object_id":{"$ref":"#/$defs/d0"}}},{"properties":{"request_id":{"$ref":"#/$defs/d0"}}},{"properties":{"external_id":{"$ref":"#/$defs/d1"}}},{"properties":{"data":{"$ref":"#/$defs/d11"}}},{"properties":{"webhook_id":true,"webhook_type":true,"webhook_code":true,"process_type":true,"link_id":true,"object_id":true,"request_id":true,"external_id":true,"data":true},"additionalProperties":{"$ref":"#/$defs/d11"}}]};

function validate128(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate128.evaluated;
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
if(data.webhook_id === undefined){
const err1 = {instancePath,keyword:"required",params:{missingProperty: "webhook_id"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.webhook_id !== undefined){
if(!(validate54(data.webhook_id, {instancePath:instancePath+"/webhook_id",parentData:data,parentDataProperty:"webhook_id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.webhook_type === undefined){
const err2 = {instancePath,keyword:"required",params:{missingProperty: "webhook_type"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.webhook_type !== undefined){
if("ACCOUNTS" !== data.webhook_type){
const err3 = {instancePath:instancePath+"/webhook_type",keyword:"const",params:{allowedValue: "ACCOUNTS"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.webhook_code === undefined){
const err4 = {instancePath,keyword:"required",params:{missingProperty: "webhook_code"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
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
if(data.process_type !== undefined){
if(!(validate54(data.process_type, {instancePath:instancePath+"/process_type",parentData:data,parentDataProperty:"process_type",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.link_id !== undefined){
if(!(validate54(data.link_id, {instancePath:instancePath+"/link_id",parentData:data,parentDataProperty:"link_id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.object_id !== undefined){
if(!(validate54(data.object_id, {instancePath:instancePath+"/object_id",parentData:data,parentDataProperty:"object_id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
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
if(data.external_id !== undefined){
if(!(validate61(data.external_id, {instancePath:instancePath+"/external_id",parentData:data,parentDataProperty:"external_id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate61.errors : vErrors.concat(validate61.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.data !== undefined){
if(!(validate69(data.data, {instancePath:instancePath+"/data",parentData:data,parentDataProperty:"data",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate69.errors : vErrors.concat(validate69.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(func2.call(schema36.allOf[9].properties, key0))){
if(!(validate69(data[key0], {instancePath:instancePath+"/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data,parentDataProperty:key0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate69.errors : vErrors.concat(validate69.errors);
errors = vErrors.length;
}
}
}
}
validate128.errors = vErrors;
return errors === 0;
}
validate128.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema37 = {"type":"object","allOf":[{"required":["webhook_id"],"properties":{"webhook_id":{"$ref":"#/$defs/d0"}}},{"required":["webhook_type"],"properties":{"webhook_type":{"const":"TRANSACTIONS"}}},{"required":["webhook_code"],"properties":{"webhook_code":{"$ref":"#/$defs/d0"}}},{"properties":{"process_type":{"$ref":"#/$defs/d0"}}},{"properties":{"link_id":{"$ref":"#/$defs/d0"}}},{"properties":{"object_id":{"$ref":"#/$defs/d0"}}},{"properties":{"request_id":{"$ref":"#/$defs/d0"}}},{"properties":{"external_id":{"$ref":"#/$defs/d1"}}},{"properties":{"data":{"$ref":"#/$defs/d11"}}},{"properties":{"webhook_id":true,"webhook_type":true,"webhook_code":true,"process_type":true,"link_id":true,"object_id":true,"request_id":true,"external_id":true,"data":true},"additionalProperties":{"$ref":"#/$defs/d11"}}]};

function validate138(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate138.evaluated;
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
if(data.webhook_id === undefined){
const err1 = {instancePath,keyword:"required",params:{missingProperty: "webhook_id"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.webhook_id !== undefined){
if(!(validate54(data.webhook_id, {instancePath:instancePath+"/webhook_id",parentData:data,parentDataProperty:"webhook_id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.webhook_type === undefined){
const err2 = {instancePath,keyword:"required",params:{missingProperty: "webhook_type"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.webhook_type !== undefined){
if("TRANSACTIONS" !== data.webhook_type){
const err3 = {instancePath:instancePath+"/webhook_type",keyword:"const",params:{allowedValue: "TRANSACTIONS"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.webhook_code === undefined){
const err4 = {instancePath,keyword:"required",params:{missingProperty: "webhook_code"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
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
if(data.process_type !== undefined){
if(!(validate54(data.process_type, {instancePath:instancePath+"/process_type",parentData:data,parentDataProperty:"process_type",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.link_id !== undefined){
if(!(validate54(data.link_id, {instancePath:instancePath+"/link_id",parentData:data,parentDataProperty:"link_id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.object_id !== undefined){
if(!(validate54(data.object_id, {instancePath:instancePath+"/object_id",parentData:data,parentDataProperty:"object_id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
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
if(data.external_id !== undefined){
if(!(validate61(data.external_id, {instancePath:instancePath+"/external_id",parentData:data,parentDataProperty:"external_id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate61.errors : vErrors.concat(validate61.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.data !== undefined){
if(!(validate69(data.data, {instancePath:instancePath+"/data",parentData:data,parentDataProperty:"data",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate69.errors : vErrors.concat(validate69.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(func2.call(schema37.allOf[9].properties, key0))){
if(!(validate69(data[key0], {instancePath:instancePath+"/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data,parentDataProperty:key0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate69.errors : vErrors.concat(validate69.errors);
errors = vErrors.length;
}
}
}
}
validate138.errors = vErrors;
return errors === 0;
}
validate138.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema38 = {"type":"object","allOf":[{"required":["webhook_id"],"properties":{"webhook_id":{"$ref":"#/$defs/d0"}}},{"required":["webhook_type"],"properties":{"webhook_type":{"const":"CHARGES"}}},{"required":["webhook_code"],"properties":{"webhook_code":{"$ref":"#/$defs/d0"}}},{"properties":{"process_type":{"$ref":"#/$defs/d0"}}},{"properties":{"link_id":{"$ref":"#/$defs/d0"}}},{"properties":{"object_id":{"$ref":"#/$defs/d0"}}},{"properties":{"request_id":{"$ref":"#/$defs/d0"}}},{"properties":{"external_id":{"$ref":"#/$defs/d1"}}},{"properties":{"data":{"$ref":"#/$defs/d11"}}},{"properties":{"webhook_id":true,"webhook_type":true,"webhook_code":true,"process_type":true,"link_id":true,"object_id":true,"request_id":true,"external_id":true,"data":true},"additionalProperties":{"$ref":"#/$defs/d11"}}]};

function validate148(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate148.evaluated;
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
if(data.webhook_id === undefined){
const err1 = {instancePath,keyword:"required",params:{missingProperty: "webhook_id"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.webhook_id !== undefined){
if(!(validate54(data.webhook_id, {instancePath:instancePath+"/webhook_id",parentData:data,parentDataProperty:"webhook_id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.webhook_type === undefined){
const err2 = {instancePath,keyword:"required",params:{missingProperty: "webhook_type"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.webhook_type !== undefined){
if("CHARGES" !== data.webhook_type){
const err3 = {instancePath:instancePath+"/webhook_type",keyword:"const",params:{allowedValue: "CHARGES"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.webhook_code === undefined){
const err4 = {instancePath,keyword:"required",params:{missingProperty: "webhook_code"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
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
if(data.process_type !== undefined){
if(!(validate54(data.process_type, {instancePath:instancePath+"/process_type",parentData:data,parentDataProperty:"process_type",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.link_id !== undefined){
if(!(validate54(data.link_id, {instancePath:instancePath+"/link_id",parentData:data,parentDataProperty:"link_id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.object_id !== undefined){
if(!(validate54(data.object_id, {instancePath:instancePath+"/object_id",parentData:data,parentDataProperty:"object_id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
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
if(data.external_id !== undefined){
if(!(validate61(data.external_id, {instancePath:instancePath+"/external_id",parentData:data,parentDataProperty:"external_id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate61.errors : vErrors.concat(validate61.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.data !== undefined){
if(!(validate69(data.data, {instancePath:instancePath+"/data",parentData:data,parentDataProperty:"data",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate69.errors : vErrors.concat(validate69.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(func2.call(schema38.allOf[9].properties, key0))){
if(!(validate69(data[key0], {instancePath:instancePath+"/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data,parentDataProperty:key0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate69.errors : vErrors.concat(validate69.errors);
errors = vErrors.length;
}
}
}
}
validate148.errors = vErrors;
return errors === 0;
}
validate148.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema39 = {"type":"object","allOf":[{"required":["webhook_id"],"properties":{"webhook_id":{"$ref":"#/$defs/d0"}}},{"required":["webhook_type"],"properties":{"webhook_type":{"const":"ENROLLMENTS"}}},{"required":["webhook_code"],"properties":{"webhook_code":{"$ref":"#/$defs/d0"}}},{"properties":{"process_type":{"$ref":"#/$defs/d0"}}},{"properties":{"link_id":{"$ref":"#/$defs/d0"}}},{"properties":{"object_id":{"$ref":"#/$defs/d0"}}},{"properties":{"request_id":{"$ref":"#/$defs/d0"}}},{"properties":{"external_id":{"$ref":"#/$defs/d1"}}},{"properties":{"data":{"$ref":"#/$defs/d11"}}},{"properties":{"webhook_id":true,"webhook_type":true,"webhook_code":true,"process_type":true,"link_id":true,"object_id":true,"request_id":true,"external_id":true,"data":true},"additionalProperties":{"$ref":"#/$defs/d11"}}]};

function validate158(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate158.evaluated;
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
if(data.webhook_id === undefined){
const err1 = {instancePath,keyword:"required",params:{missingProperty: "webhook_id"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.webhook_id !== undefined){
if(!(validate54(data.webhook_id, {instancePath:instancePath+"/webhook_id",parentData:data,parentDataProperty:"webhook_id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.webhook_type === undefined){
const err2 = {instancePath,keyword:"required",params:{missingProperty: "webhook_type"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.webhook_type !== undefined){
if("ENROLLMENTS" !== data.webhook_type){
const err3 = {instancePath:instancePath+"/webhook_type",keyword:"const",params:{allowedValue: "ENROLLMENTS"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.webhook_code === undefined){
const err4 = {instancePath,keyword:"required",params:{missingProperty: "webhook_code"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
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
if(data.process_type !== undefined){
if(!(validate54(data.process_type, {instancePath:instancePath+"/process_type",parentData:data,parentDataProperty:"process_type",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.link_id !== undefined){
if(!(validate54(data.link_id, {instancePath:instancePath+"/link_id",parentData:data,parentDataProperty:"link_id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.object_id !== undefined){
if(!(validate54(data.object_id, {instancePath:instancePath+"/object_id",parentData:data,parentDataProperty:"object_id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
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
if(data.external_id !== undefined){
if(!(validate61(data.external_id, {instancePath:instancePath+"/external_id",parentData:data,parentDataProperty:"external_id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate61.errors : vErrors.concat(validate61.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.data !== undefined){
if(!(validate69(data.data, {instancePath:instancePath+"/data",parentData:data,parentDataProperty:"data",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate69.errors : vErrors.concat(validate69.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(func2.call(schema39.allOf[9].properties, key0))){
if(!(validate69(data[key0], {instancePath:instancePath+"/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data,parentDataProperty:key0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate69.errors : vErrors.concat(validate69.errors);
errors = vErrors.length;
}
}
}
}
validate158.errors = vErrors;
return errors === 0;
}
validate158.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema40 = {"type":"object","allOf":[{"required":["webhook_id"],"properties":{"webhook_id":{"$ref":"#/$defs/d0"}}},{"required":["webhook_type"],"properties":{"webhook_type":{"const":"BANK_ACCOUNTS"}}},{"required":["webhook_code"],"properties":{"webhook_code":{"$ref":"#/$defs/d0"}}},{"properties":{"process_type":{"$ref":"#/$defs/d0"}}},{"properties":{"link_id":{"$ref":"#/$defs/d0"}}},{"properties":{"object_id":{"$ref":"#/$defs/d0"}}},{"properties":{"request_id":{"$ref":"#/$defs/d0"}}},{"properties":{"external_id":{"$ref":"#/$defs/d1"}}},{"properties":{"data":{"$ref":"#/$defs/d11"}}},{"properties":{"webhook_id":true,"webhook_type":true,"webhook_code":true,"process_type":true,"link_id":true,"object_id":true,"request_id":true,"external_id":true,"data":true},"additionalProperties":{"$ref":"#/$defs/d11"}}]};

function validate168(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate168.evaluated;
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
if(data.webhook_id === undefined){
const err1 = {instancePath,keyword:"required",params:{missingProperty: "webhook_id"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.webhook_id !== undefined){
if(!(validate54(data.webhook_id, {instancePath:instancePath+"/webhook_id",parentData:data,parentDataProperty:"webhook_id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.webhook_type === undefined){
const err2 = {instancePath,keyword:"required",params:{missingProperty: "webhook_type"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.webhook_type !== undefined){
if("BANK_ACCOUNTS" !== data.webhook_type){
const err3 = {instancePath:instancePath+"/webhook_type",keyword:"const",params:{allowedValue: "BANK_ACCOUNTS"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.webhook_code === undefined){
const err4 = {instancePath,keyword:"required",params:{missingProperty: "webhook_code"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
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
if(data.process_type !== undefined){
if(!(validate54(data.process_type, {instancePath:instancePath+"/process_type",parentData:data,parentDataProperty:"process_type",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.link_id !== undefined){
if(!(validate54(data.link_id, {instancePath:instancePath+"/link_id",parentData:data,parentDataProperty:"link_id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.object_id !== undefined){
if(!(validate54(data.object_id, {instancePath:instancePath+"/object_id",parentData:data,parentDataProperty:"object_id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
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
if(data.external_id !== undefined){
if(!(validate61(data.external_id, {instancePath:instancePath+"/external_id",parentData:data,parentDataProperty:"external_id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate61.errors : vErrors.concat(validate61.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.data !== undefined){
if(!(validate69(data.data, {instancePath:instancePath+"/data",parentData:data,parentDataProperty:"data",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate69.errors : vErrors.concat(validate69.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(func2.call(schema40.allOf[9].properties, key0))){
if(!(validate69(data[key0], {instancePath:instancePath+"/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data,parentDataProperty:key0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate69.errors : vErrors.concat(validate69.errors);
errors = vErrors.length;
}
}
}
}
validate168.errors = vErrors;
return errors === 0;
}
validate168.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema41 = {"type":"object","allOf":[{"required":["webhook_id"],"properties":{"webhook_id":{"$ref":"#/$defs/d0"}}},{"required":["webhook_type"],"properties":{"webhook_type":{"const":"CUSTOMERS"}}},{"required":["webhook_code"],"properties":{"webhook_code":{"$ref":"#/$defs/d0"}}},{"properties":{"process_type":{"$ref":"#/$defs/d0"}}},{"properties":{"link_id":{"$ref":"#/$defs/d0"}}},{"properties":{"object_id":{"$ref":"#/$defs/d0"}}},{"properties":{"request_id":{"$ref":"#/$defs/d0"}}},{"properties":{"external_id":{"$ref":"#/$defs/d1"}}},{"properties":{"data":{"$ref":"#/$defs/d11"}}},{"properties":{"webhook_id":true,"webhook_type":true,"webhook_code":true,"process_type":true,"link_id":true,"object_id":true,"request_id":true,"external_id":true,"data":true},"additionalProperties":{"$ref":"#/$defs/d11"}}]};

function validate178(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate178.evaluated;
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
if(data.webhook_id === undefined){
const err1 = {instancePath,keyword:"required",params:{missingProperty: "webhook_id"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.webhook_id !== undefined){
if(!(validate54(data.webhook_id, {instancePath:instancePath+"/webhook_id",parentData:data,parentDataProperty:"webhook_id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.webhook_type === undefined){
const err2 = {instancePath,keyword:"required",params:{missingProperty: "webhook_type"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.webhook_type !== undefined){
if("CUSTOMERS" !== data.webhook_type){
const err3 = {instancePath:instancePath+"/webhook_type",keyword:"const",params:{allowedValue: "CUSTOMERS"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.webhook_code === undefined){
const err4 = {instancePath,keyword:"required",params:{missingProperty: "webhook_code"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
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
if(data.process_type !== undefined){
if(!(validate54(data.process_type, {instancePath:instancePath+"/process_type",parentData:data,parentDataProperty:"process_type",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.link_id !== undefined){
if(!(validate54(data.link_id, {instancePath:instancePath+"/link_id",parentData:data,parentDataProperty:"link_id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.object_id !== undefined){
if(!(validate54(data.object_id, {instancePath:instancePath+"/object_id",parentData:data,parentDataProperty:"object_id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
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
if(data.external_id !== undefined){
if(!(validate61(data.external_id, {instancePath:instancePath+"/external_id",parentData:data,parentDataProperty:"external_id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate61.errors : vErrors.concat(validate61.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.data !== undefined){
if(!(validate69(data.data, {instancePath:instancePath+"/data",parentData:data,parentDataProperty:"data",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate69.errors : vErrors.concat(validate69.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(func2.call(schema41.allOf[9].properties, key0))){
if(!(validate69(data[key0], {instancePath:instancePath+"/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data,parentDataProperty:key0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate69.errors : vErrors.concat(validate69.errors);
errors = vErrors.length;
}
}
}
}
validate178.errors = vErrors;
return errors === 0;
}
validate178.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema42 = {"type":"object","allOf":[{"required":["webhook_id"],"properties":{"webhook_id":{"$ref":"#/$defs/d0"}}},{"required":["webhook_type"],"properties":{"webhook_type":{"const":"PAYMENT_AUTHORIZATIONS"}}},{"required":["webhook_code"],"properties":{"webhook_code":{"$ref":"#/$defs/d0"}}},{"properties":{"process_type":{"$ref":"#/$defs/d0"}}},{"properties":{"link_id":{"$ref":"#/$defs/d0"}}},{"properties":{"object_id":{"$ref":"#/$defs/d0"}}},{"properties":{"request_id":{"$ref":"#/$defs/d0"}}},{"properties":{"external_id":{"$ref":"#/$defs/d1"}}},{"properties":{"data":{"$ref":"#/$defs/d11"}}},{"properties":{"webhook_id":true,"webhook_type":true,"webhook_code":true,"process_type":true,"link_id":true,"object_id":true,"request_id":true,"external_id":true,"data":true},"additionalProperties":{"$ref":"#/$defs/d11"}}]};

function validate188(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate188.evaluated;
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
if(data.webhook_id === undefined){
const err1 = {instancePath,keyword:"required",params:{missingProperty: "webhook_id"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.webhook_id !== undefined){
if(!(validate54(data.webhook_id, {instancePath:instancePath+"/webhook_id",parentData:data,parentDataProperty:"webhook_id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.webhook_type === undefined){
const err2 = {instancePath,keyword:"required",params:{missingProperty: "webhook_type"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.webhook_type !== undefined){
if("PAYMENT_AUTHORIZATIONS" !== data.webhook_type){
const err3 = {instancePath:instancePath+"/webhook_type",keyword:"const",params:{allowedValue: "PAYMENT_AUTHORIZATIONS"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.webhook_code === undefined){
const err4 = {instancePath,keyword:"required",params:{missingProperty: "webhook_code"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
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
if(data.process_type !== undefined){
if(!(validate54(data.process_type, {instancePath:instancePath+"/process_type",parentData:data,parentDataProperty:"process_type",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.link_id !== undefined){
if(!(validate54(data.link_id, {instancePath:instancePath+"/link_id",parentData:data,parentDataProperty:"link_id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.object_id !== undefined){
if(!(validate54(data.object_id, {instancePath:instancePath+"/object_id",parentData:data,parentDataProperty:"object_id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
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
if(data.external_id !== undefined){
if(!(validate61(data.external_id, {instancePath:instancePath+"/external_id",parentData:data,parentDataProperty:"external_id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate61.errors : vErrors.concat(validate61.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.data !== undefined){
if(!(validate69(data.data, {instancePath:instancePath+"/data",parentData:data,parentDataProperty:"data",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate69.errors : vErrors.concat(validate69.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(func2.call(schema42.allOf[9].properties, key0))){
if(!(validate69(data[key0], {instancePath:instancePath+"/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data,parentDataProperty:key0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate69.errors : vErrors.concat(validate69.errors);
errors = vErrors.length;
}
}
}
}
validate188.errors = vErrors;
return errors === 0;
}
validate188.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema43 = {"type":"object","allOf":[{"required":["webhook_id"],"properties":{"webhook_id":{"$ref":"#/$defs/d0"}}},{"required":["webhook_type"],"properties":{"webhook_type":{"const":"OWNERS"}}},{"required":["webhook_code"],"properties":{"webhook_code":{"$ref":"#/$defs/d0"}}},{"properties":{"process_type":{"$ref":"#/$defs/d0"}}},{"properties":{"link_id":{"$ref":"#/$defs/d0"}}},{"properties":{"object_id":{"$ref":"#/$defs/d0"}}},{"properties":{"request_id":{"$ref":"#/$defs/d0"}}},{"properties":{"external_id":{"$ref":"#/$defs/d1"}}},{"properties":{"data":{"$ref":"#/$defs/d11"}}},{"properties":{"webhook_id":true,"webhook_type":true,"webhook_code":true,"process_type":true,"link_id":true,"object_id":true,"request_id":true,"external_id":true,"data":true},"additionalProperties":{"$ref":"#/$defs/d11"}}]};

function validate198(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate198.evaluated;
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
if(data.webhook_id === undefined){
const err1 = {instancePath,keyword:"required",params:{missingProperty: "webhook_id"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.webhook_id !== undefined){
if(!(validate54(data.webhook_id, {instancePath:instancePath+"/webhook_id",parentData:data,parentDataProperty:"webhook_id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.webhook_type === undefined){
const err2 = {instancePath,keyword:"required",params:{missingProperty: "webhook_type"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.webhook_type !== undefined){
if("OWNERS" !== data.webhook_type){
const err3 = {instancePath:instancePath+"/webhook_type",keyword:"const",params:{allowedValue: "OWNERS"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.webhook_code === undefined){
const err4 = {instancePath,keyword:"required",params:{missingProperty: "webhook_code"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
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
if(data.process_type !== undefined){
if(!(validate54(data.process_type, {instancePath:instancePath+"/process_type",parentData:data,parentDataProperty:"process_type",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.link_id !== undefined){
if(!(validate54(data.link_id, {instancePath:instancePath+"/link_id",parentData:data,parentDataProperty:"link_id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.object_id !== undefined){
if(!(validate54(data.object_id, {instancePath:instancePath+"/object_id",parentData:data,parentDataProperty:"object_id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
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
if(data.external_id !== undefined){
if(!(validate61(data.external_id, {instancePath:instancePath+"/external_id",parentData:data,parentDataProperty:"external_id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate61.errors : vErrors.concat(validate61.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.data !== undefined){
if(!(validate69(data.data, {instancePath:instancePath+"/data",parentData:data,parentDataProperty:"data",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate69.errors : vErrors.concat(validate69.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(func2.call(schema43.allOf[9].properties, key0))){
if(!(validate69(data[key0], {instancePath:instancePath+"/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data,parentDataProperty:key0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate69.errors : vErrors.concat(validate69.errors);
errors = vErrors.length;
}
}
}
}
validate198.errors = vErrors;
return errors === 0;
}
validate198.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema44 = {"type":"object","allOf":[{"required":["webhook_id"],"properties":{"webhook_id":{"$ref":"#/$defs/d0"}}},{"required":["webhook_type"],"properties":{"webhook_type":{"const":"INVOICES"}}},{"required":["webhook_code"],"properties":{"webhook_code":{"$ref":"#/$defs/d0"}}},{"properties":{"process_type":{"$ref":"#/$defs/d0"}}},{"properties":{"link_id":{"$ref":"#/$defs/d0"}}},{"properties":{"object_id":{"$ref":"#/$defs/d0"}}},{"properties":{"request_id":{"$ref":"#/$defs/d0"}}},{"properties":{"external_id":{"$ref":"#/$defs/d1"}}},{"properties":{"data":{"$ref":"#/$defs/d11"}}},{"properties":{"webhook_id":true,"webhook_type":true,"webhook_code":true,"process_type":true,"link_id":true,"object_id":true,"request_id":true,"external_id":true,"data":true},"additionalProperties":{"$ref":"#/$defs/d11"}}]};

function validate208(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate208.evaluated;
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
if(data.webhook_id === undefined){
const err1 = {instancePath,keyword:"required",params:{missingProperty: "webhook_id"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.webhook_id !== undefined){
if(!(validate54(data.webhook_id, {instancePath:instancePath+"/webhook_id",parentData:data,parentDataProperty:"webhook_id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.webhook_type === undefined){
const err2 = {instancePath,keyword:"required",params:{missingProperty: "webhook_type"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.webhook_type !== undefined){
if("INVOICES" !== data.webhook_type){
const err3 = {instancePath:instancePath+"/webhook_type",keyword:"const",params:{allowedValue: "INVOICES"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.webhook_code === undefined){
const err4 = {instancePath,keyword:"required",params:{missingProperty: "webhook_code"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
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
if(data.process_type !== undefined){
if(!(validate54(data.process_type, {instancePath:instancePath+"/process_type",parentData:data,parentDataProperty:"process_type",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.link_id !== undefined){
if(!(validate54(data.link_id, {instancePath:instancePath+"/link_id",parentData:data,parentDataProperty:"link_id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.object_id !== undefined){
if(!(validate54(data.object_id, {instancePath:instancePath+"/object_id",parentData:data,parentDataProperty:"object_id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
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
if(data.external_id !== undefined){
if(!(validate61(data.external_id, {instancePath:instancePath+"/external_id",parentData:data,parentDataProperty:"external_id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate61.errors : vErrors.concat(validate61.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.data !== undefined){
if(!(validate69(data.data, {instancePath:instancePath+"/data",parentData:data,parentDataProperty:"data",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate69.errors : vErrors.concat(validate69.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(func2.call(schema44.allOf[9].properties, key0))){
if(!(validate69(data[key0], {instancePath:instancePath+"/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data,parentDataProperty:key0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate69.errors : vErrors.concat(validate69.errors);
errors = vErrors.length;
}
}
}
}
validate208.errors = vErrors;
return errors === 0;
}
validate208.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema45 = {"type":"object","allOf":[{"required":["webhook_id"],"properties":{"webhook_id":{"$ref":"#/$defs/d0"}}},{"required":["webhook_type"],"properties":{"webhook_type":{"const":"BILLS"}}},{"required":["webhook_code"],"properties":{"webhook_code":{"$ref":"#/$defs/d0"}}},{"properties":{"process_type":{"$ref":"#/$defs/d0"}}},{"properties":{"link_id":{"$ref":"#/$defs/d0"}}},{"properties":{"object_id":{"$ref":"#/$defs/d0"}}},{"properties":{"request_id":{"$ref":"#/$defs/d0"}}},{"properties":{"external_id":{"$ref":"#/$defs/d1"}}},{"properties":{"data":{"$ref":"#/$defs/d11"}}},{"properties":{"webhook_id":true,"webhook_type":true,"webhook_code":true,"process_type":true,"link_id":true,"object_id":true,"request_id":true,"external_id":true,"data":true},"additionalProperties":{"$ref":"#/$defs/d11"}}]};

function validate218(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate218.evaluated;
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
if(data.webhook_id === undefined){
const err1 = {instancePath,keyword:"required",params:{missingProperty: "webhook_id"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.webhook_id !== undefined){
if(!(validate54(data.webhook_id, {instancePath:instancePath+"/webhook_id",parentData:data,parentDataProperty:"webhook_id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.webhook_type === undefined){
const err2 = {instancePath,keyword:"required",params:{missingProperty: "webhook_type"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.webhook_type !== undefined){
if("BILLS" !== data.webhook_type){
const err3 = {instancePath:instancePath+"/webhook_type",keyword:"const",params:{allowedValue: "BILLS"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.webhook_code === undefined){
const err4 = {instancePath,keyword:"required",params:{missingProperty: "webhook_code"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
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
if(data.process_type !== undefined){
if(!(validate54(data.process_type, {instancePath:instancePath+"/process_type",parentData:data,parentDataProperty:"process_type",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.link_id !== undefined){
if(!(validate54(data.link_id, {instancePath:instancePath+"/link_id",parentData:data,parentDataProperty:"link_id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.object_id !== undefined){
if(!(validate54(data.object_id, {instancePath:instancePath+"/object_id",parentData:data,parentDataProperty:"object_id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
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
if(data.external_id !== undefined){
if(!(validate61(data.external_id, {instancePath:instancePath+"/external_id",parentData:data,parentDataProperty:"external_id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate61.errors : vErrors.concat(validate61.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.data !== undefined){
if(!(validate69(data.data, {instancePath:instancePath+"/data",parentData:data,parentDataProperty:"data",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate69.errors : vErrors.concat(validate69.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(func2.call(schema45.allOf[9].properties, key0))){
if(!(validate69(data[key0], {instancePath:instancePath+"/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data,parentDataProperty:key0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate69.errors : vErrors.concat(validate69.errors);
errors = vErrors.length;
}
}
}
}
validate218.errors = vErrors;
return errors === 0;
}
validate218.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema46 = {"type":"object","allOf":[{"required":["webhook_id"],"properties":{"webhook_id":{"$ref":"#/$defs/d0"}}},{"required":["webhook_type"],"properties":{"webhook_type":{"const":"RECURRING_EXPENSES"}}},{"required":["webhook_code"],"properties":{"webhook_code":{"$ref":"#/$defs/d0"}}},{"properties":{"process_type":{"$ref":"#/$defs/d0"}}},{"properties":{"link_id":{"$ref":"#/$defs/d0"}}},{"properties":{"object_id":{"$ref":"#/$defs/d0"}}},{"properties":{"request_id":{"$ref":"#/$defs/d0"}}},{"properties":{"external_id":{"$ref":"#/$defs/d1"}}},{"properties":{"data":{"$ref":"#/$defs/d11"}}},{"properties":{"webhook_id":true,"webhook_type":true,"webhook_code":true,"process_type":true,"link_id":true,"object_id":true,"request_id":true,"external_id":true,"data":true},"additionalProperties":{"$ref":"#/$defs/d11"}}]};

function validate228(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate228.evaluated;
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
if(data.webhook_id === undefined){
const err1 = {instancePath,keyword:"required",params:{missingProperty: "webhook_id"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.webhook_id !== undefined){
if(!(validate54(data.webhook_id, {instancePath:instancePath+"/webhook_id",parentData:data,parentDataProperty:"webhook_id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.webhook_type === undefined){
const err2 = {instancePath,keyword:"required",params:{missingProperty: "webhook_type"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.webhook_type !== undefined){
if("RECURRING_EXPENSES" !== data.webhook_type){
const err3 = {instancePath:instancePath+"/webhook_type",keyword:"const",params:{allowedValue: "RECURRING_EXPENSES"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.webhook_code === undefined){
const err4 = {instancePath,keyword:"required",params:{missingProperty: "webhook_code"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
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
if(data.process_type !== undefined){
if(!(validate54(data.process_type, {instancePath:instancePath+"/process_type",parentData:data,parentDataProperty:"process_type",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.link_id !== undefined){
if(!(validate54(data.link_id, {instancePath:instancePath+"/link_id",parentData:data,parentDataProperty:"link_id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.object_id !== undefined){
if(!(validate54(data.object_id, {instancePath:instancePath+"/object_id",parentData:data,parentDataProperty:"object_id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
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
if(data.external_id !== undefined){
if(!(validate61(data.external_id, {instancePath:instancePath+"/external_id",parentData:data,parentDataProperty:"external_id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate61.errors : vErrors.concat(validate61.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.data !== undefined){
if(!(validate69(data.data, {instancePath:instancePath+"/data",parentData:data,parentDataProperty:"data",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate69.errors : vErrors.concat(validate69.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(func2.call(schema46.allOf[9].properties, key0))){
if(!(validate69(data[key0], {instancePath:instancePath+"/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data,parentDataProperty:key0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate69.errors : vErrors.concat(validate69.errors);
errors = vErrors.length;
}
}
}
}
validate228.errors = vErrors;
return errors === 0;
}
validate228.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema47 = {"type":"object","allOf":[{"required":["webhook_id"],"properties":{"webhook_id":{"$ref":"#/$defs/d0"}}},{"required":["webhook_type"],"properties":{"webhook_type":{"const":"RISK_INSIGHTS"}}},{"required":["webhook_code"],"properties":{"webhook_code":{"$ref":"#/$defs/d0"}}},{"properties":{"process_type":{"$ref":"#/$defs/d0"}}},{"properties":{"link_id":{"$ref":"#/$defs/d0"}}},{"properties":{"object_id":{"$ref":"#/$defs/d0"}}},{"properties":{"request_id":{"$ref":"#/$defs/d0"}}},{"properties":{"external_id":{"$ref":"#/$defs/d1"}}},{"properties":{"data":{"$ref":"#/$defs/d11"}}},{"properties":{"webhook_id":true,"webhook_type":true,"webhook_code":true,"process_type":true,"link_id":true,"object_id":true,"request_id":true,"external_id":true,"data":true},"additionalProperties":{"$ref":"#/$defs/d11"}}]};

function validate238(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate238.evaluated;
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
if(data.webhook_id === undefined){
const err1 = {instancePath,keyword:"required",params:{missingProperty: "webhook_id"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.webhook_id !== undefined){
if(!(validate54(data.webhook_id, {instancePath:instancePath+"/webhook_id",parentData:data,parentDataProperty:"webhook_id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.webhook_type === undefined){
const err2 = {instancePath,keyword:"required",params:{missingProperty: "webhook_type"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.webhook_type !== undefined){
if("RISK_INSIGHTS" !== data.webhook_type){
const err3 = {instancePath:instancePath+"/webhook_type",keyword:"const",params:{allowedValue: "RISK_INSIGHTS"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.webhook_code === undefined){
const err4 = {instancePath,keyword:"required",params:{missingProperty: "webhook_code"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
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
if(data.process_type !== undefined){
if(!(validate54(data.process_type, {instancePath:instancePath+"/process_type",parentData:data,parentDataProperty:"process_type",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.link_id !== undefined){
if(!(validate54(data.link_id, {instancePath:instancePath+"/link_id",parentData:data,parentDataProperty:"link_id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.object_id !== undefined){
if(!(validate54(data.object_id, {instancePath:instancePath+"/object_id",parentData:data,parentDataProperty:"object_id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
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
if(data.external_id !== undefined){
if(!(validate61(data.external_id, {instancePath:instancePath+"/external_id",parentData:data,parentDataProperty:"external_id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate61.errors : vErrors.concat(validate61.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.data !== undefined){
if(!(validate69(data.data, {instancePath:instancePath+"/data",parentData:data,parentDataProperty:"data",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate69.errors : vErrors.concat(validate69.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(func2.call(schema47.allOf[9].properties, key0))){
if(!(validate69(data[key0], {instancePath:instancePath+"/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data,parentDataProperty:key0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate69.errors : vErrors.concat(validate69.errors);
errors = vErrors.length;
}
}
}
}
validate238.errors = vErrors;
return errors === 0;
}
validate238.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema48 = {"type":"object","allOf":[{"required":["webhook_id"],"properties":{"webhook_id":{"$ref":"#/$defs/d0"}}},{"required":["webhook_type"],"properties":{"webhook_type":{"const":"INCOMES"}}},{"required":["webhook_code"],"properties":{"webhook_code":{"$ref":"#/$defs/d0"}}},{"properties":{"process_type":{"$ref":"#/$defs/d0"}}},{"properties":{"link_id":{"$ref":"#/$defs/d0"}}},{"properties":{"object_id":{"$ref":"#/$defs/d0"}}},{"properties":{"request_id":{"$ref":"#/$defs/d0"}}},{"properties":{"external_id":{"$ref":"#/$defs/d1"}}},{"properties":{"data":{"$ref":"#/$defs/d11"}}},{"properties":{"webhook_id":true,"webhook_type":true,"webhook_code":true,"process_type":true,"link_id":true,"object_id":true,"request_id":true,"external_id":true,"data":true},"additionalProperties":{"$ref":"#/$defs/d11"}}]};

function validate248(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate248.evaluated;
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
if(data.webhook_id === undefined){
const err1 = {instancePath,keyword:"required",params:{missingProperty: "webhook_id"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.webhook_id !== undefined){
if(!(validate54(data.webhook_id, {instancePath:instancePath+"/webhook_id",parentData:data,parentDataProperty:"webhook_id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.webhook_type === undefined){
const err2 = {instancePath,keyword:"required",params:{missingProperty: "webhook_type"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.webhook_type !== undefined){
if("INCOMES" !== data.webhook_type){
const err3 = {instancePath:instancePath+"/webhook_type",keyword:"const",params:{allowedValue: "INCOMES"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.webhook_code === undefined){
const err4 = {instancePath,keyword:"required",params:{missingProperty: "webhook_code"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
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
if(data.process_type !== undefined){
if(!(validate54(data.process_type, {instancePath:instancePath+"/process_type",parentData:data,parentDataProperty:"process_type",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.link_id !== undefined){
if(!(validate54(data.link_id, {instancePath:instancePath+"/link_id",parentData:data,parentDataProperty:"link_id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.object_id !== undefined){
if(!(validate54(data.object_id, {instancePath:instancePath+"/object_id",parentData:data,parentDataProperty:"object_id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
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
if(data.external_id !== undefined){
if(!(validate61(data.external_id, {instancePath:instancePath+"/external_id",parentData:data,parentDataProperty:"external_id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate61.errors : vErrors.concat(validate61.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.data !== undefined){
if(!(validate69(data.data, {instancePath:instancePath+"/data",parentData:data,parentDataProperty:"data",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate69.errors : vErrors.concat(validate69.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(func2.call(schema48.allOf[9].properties, key0))){
if(!(validate69(data[key0], {instancePath:instancePath+"/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data,parentDataProperty:key0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate69.errors : vErrors.concat(validate69.errors);
errors = vErrors.length;
}
}
}
}
validate248.errors = vErrors;
return errors === 0;
}
validate248.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema49 = {"type":"object","allOf":[{"required":["webhook_id"],"properties":{"webhook_id":{"$ref":"#/$defs/d0"}}},{"required":["webhook_type"],"properties":{"webhook_type":{"const":"INVESTMENTS"}}},{"required":["webhook_code"],"properties":{"webhook_code":{"$ref":"#/$defs/d0"}}},{"properties":{"process_type":{"$ref":"#/$defs/d0"}}},{"properties":{"link_id":{"$ref":"#/$defs/d0"}}},{"properties":{"object_id":{"$ref":"#/$defs/d0"}}},{"properties":{"request_id":{"$ref":"#/$defs/d0"}}},{"properties":{"external_id":{"$ref":"#/$defs/d1"}}},{"properties":{"data":{"$ref":"#/$defs/d11"}}},{"properties":{"webhook_id":true,"webhook_type":true,"webhook_code":true,"process_type":true,"link_id":true,"object_id":true,"request_id":true,"external_id":true,"data":true},"additionalProperties":{"$ref":"#/$defs/d11"}}]};

function validate258(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate258.evaluated;
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
if(data.webhook_id === undefined){
const err1 = {instancePath,keyword:"required",params:{missingProperty: "webhook_id"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.webhook_id !== undefined){
if(!(validate54(data.webhook_id, {instancePath:instancePath+"/webhook_id",parentData:data,parentDataProperty:"webhook_id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.webhook_type === undefined){
const err2 = {instancePath,keyword:"required",params:{missingProperty: "webhook_type"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.webhook_type !== undefined){
if("INVESTMENTS" !== data.webhook_type){
const err3 = {instancePath:instancePath+"/webhook_type",keyword:"const",params:{allowedValue: "INVESTMENTS"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.webhook_code === undefined){
const err4 = {instancePath,keyword:"required",params:{missingProperty: "webhook_code"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
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
if(data.process_type !== undefined){
if(!(validate54(data.process_type, {instancePath:instancePath+"/process_type",parentData:data,parentDataProperty:"process_type",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.link_id !== undefined){
if(!(validate54(data.link_id, {instancePath:instancePath+"/link_id",parentData:data,parentDataProperty:"link_id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.object_id !== undefined){
if(!(validate54(data.object_id, {instancePath:instancePath+"/object_id",parentData:data,parentDataProperty:"object_id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
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
if(data.external_id !== undefined){
if(!(validate61(data.external_id, {instancePath:instancePath+"/external_id",parentData:data,parentDataProperty:"external_id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate61.errors : vErrors.concat(validate61.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.data !== undefined){
if(!(validate69(data.data, {instancePath:instancePath+"/data",parentData:data,parentDataProperty:"data",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate69.errors : vErrors.concat(validate69.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(func2.call(schema49.allOf[9].properties, key0))){
if(!(validate69(data[key0], {instancePath:instancePath+"/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data,parentDataProperty:key0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate69.errors : vErrors.concat(validate69.errors);
errors = vErrors.length;
}
}
}
}
validate258.errors = vErrors;
return errors === 0;
}
validate258.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema50 = {"type":"object","allOf":[{"required":["webhook_id"],"properties":{"webhook_id":{"$ref":"#/$defs/d0"}}},{"required":["webhook_type"],"properties":{"webhook_type":{"const":"INVESTMENT_TRANSACTIONS"}}},{"required":["webhook_code"],"properties":{"webhook_code":{"$ref":"#/$defs/d0"}}},{"properties":{"process_type":{"$ref":"#/$defs/d0"}}},{"properties":{"link_id":{"$ref":"#/$defs/d0"}}},{"properties":{"object_id":{"$ref":"#/$defs/d0"}}},{"properties":{"request_id":{"$ref":"#/$defs/d0"}}},{"properties":{"external_id":{"$ref":"#/$defs/d1"}}},{"properties":{"data":{"$ref":"#/$defs/d11"}}},{"properties":{"webhook_id":true,"webhook_type":true,"webhook_code":true,"process_type":true,"link_id":true,"object_id":true,"request_id":true,"external_id":true,"data":true},"additionalProperties":{"$ref":"#/$defs/d11"}}]};

function validate268(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate268.evaluated;
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
if(data.webhook_id === undefined){
const err1 = {instancePath,keyword:"required",params:{missingProperty: "webhook_id"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.webhook_id !== undefined){
if(!(validate54(data.webhook_id, {instancePath:instancePath+"/webhook_id",parentData:data,parentDataProperty:"webhook_id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.webhook_type === undefined){
const err2 = {instancePath,keyword:"required",params:{missingProperty: "webhook_type"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.webhook_type !== undefined){
if("INVESTMENT_TRANSACTIONS" !== data.webhook_type){
const err3 = {instancePath:instancePath+"/webhook_type",keyword:"const",params:{allowedValue: "INVESTMENT_TRANSACTIONS"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.webhook_code === undefined){
const err4 = {instancePath,keyword:"required",params:{missingProperty: "webhook_code"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
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
if(data.process_type !== undefined){
if(!(validate54(data.process_type, {instancePath:instancePath+"/process_type",parentData:data,parentDataProperty:"process_type",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.link_id !== undefined){
if(!(validate54(data.link_id, {instancePath:instancePath+"/link_id",parentData:data,parentDataProperty:"link_id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.object_id !== undefined){
if(!(validate54(data.object_id, {instancePath:instancePath+"/object_id",parentData:data,parentDataProperty:"object_id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
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
if(data.external_id !== undefined){
if(!(validate61(data.external_id, {instancePath:instancePath+"/external_id",parentData:data,parentDataProperty:"external_id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate61.errors : vErrors.concat(validate61.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.data !== undefined){
if(!(validate69(data.data, {instancePath:instancePath+"/data",parentData:data,parentDataProperty:"data",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate69.errors : vErrors.concat(validate69.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(func2.call(schema50.allOf[9].properties, key0))){
if(!(validate69(data[key0], {instancePath:instancePath+"/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data,parentDataProperty:key0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate69.errors : vErrors.concat(validate69.errors);
errors = vErrors.length;
}
}
}
}
validate268.errors = vErrors;
return errors === 0;
}
validate268.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema51 = {"type":"object","allOf":[{"required":["webhook_id"],"properties":{"webhook_id":{"$ref":"#/$defs/d0"}}},{"required":["webhook_type"],"properties":{"webhook_type":{"const":"LINK"}}},{"required":["webhook_code"],"properties":{"webhook_code":{"$ref":"#/$defs/d31"}}},{"properties":{"process_type":{"$ref":"#/$defs/d32"}}},{"properties":{"link_id":{"$ref":"#/$defs/d0"}}},{"properties":{"object_id":{"$ref":"#/$defs/d0"}}},{"properties":{"request_id":{"$ref":"#/$defs/d0"}}},{"properties":{"external_id":{"$ref":"#/$defs/d1"}}},{"required":["data"],"properties":{"data":{"$ref":"#/$defs/d34"}}},{"properties":{"webhook_id":true,"webhook_type":true,"webhook_code":true,"process_type":true,"link_id":true,"object_id":true,"request_id":true,"external_id":true,"data":true},"additionalProperties":false}]};
const schema52 = {"type":"string","enum":["historical_update","new_accounts_available","new_transactions_available","transactions_updated","transactions_deleted","invalid_credentials","token_required","STATUS_UPDATE","OBJECT_CREATED","initial_inflow_update","initial_outflow_update","historical_inflow_update","historical_outflow_update","new_bills_available","new_owners_available","new_investments_available"]};

function validate280(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate280.evaluated;
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
if(!((((((((((((((((data === "historical_update") || (data === "new_accounts_available")) || (data === "new_transactions_available")) || (data === "transactions_updated")) || (data === "transactions_deleted")) || (data === "invalid_credentials")) || (data === "token_required")) || (data === "STATUS_UPDATE")) || (data === "OBJECT_CREATED")) || (data === "initial_inflow_update")) || (data === "initial_outflow_update")) || (data === "historical_inflow_update")) || (data === "historical_outflow_update")) || (data === "new_bills_available")) || (data === "new_owners_available")) || (data === "new_investments_available"))){
const err1 = {instancePath,keyword:"enum",params:{allowedValues: schema52.enum}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
validate280.errors = vErrors;
return errors === 0;
}
validate280.evaluated = {"dynamicProps":false,"dynamicItems":false};

const schema53 = {"type":"string","enum":["historical_update","recurrent_update"]};

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
if(!((data === "historical_update") || (data === "recurrent_update"))){
const err1 = {instancePath,keyword:"enum",params:{allowedValues: schema53.enum}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
validate282.errors = vErrors;
return errors === 0;
}
validate282.evaluated = {"dynamicProps":false,"dynamicItems":false};

const schema55 = {"type":"string","enum":["required","login_error","unexpected_error","activation_failed","institution_down","already_exists","already_registered","cancellation_error","does_not_exist","duplicated","null","institution_inactive","institution_unavailable","invalid","invalid_choice","invalid_credentials_storage","invalid_fetch_resources","invalid_access_mode_switch","invalid_link","invalid_period","max_digits","max_decimal_places","min_value","not_a_list","parse_error","session_expired","session_expired_ob","too_many_sessions","unavailable_data","unconfirmed_link","unsupported_operation","validation_error","authentication_failed","consent_without_accounts","access_to_production_denied","access_to_resource_denied","permission_denied","quota_limit_reached","not_found","expired_credentials","method_not_allowed","request_timeout","activation_required","token_required","service_unavailable"]};

function validate289(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate289.evaluated;
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
if(!(((((((((((((((((((((((((((((((((((((((((((((data === "required") || (data === "login_error")) || (data === "unexpected_error")) || (data === "activation_failed")) || (data === "institution_down")) || (data === "already_exists")) || (data === "already_registered")) || (data === "cancellation_error")) || (data === "does_not_exist")) || (data === "duplicated")) || (data === "null")) || (data === "institution_inactive")) || (data === "institution_unavailable")) || (data === "invalid")) || (data === "invalid_choice")) || (data === "invalid_credentials_storage")) || (data === "invalid_fetch_resources")) || (data === "invalid_access_mode_switch")) || (data === "invalid_link")) || (data === "invalid_period")) || (data === "max_digits")) || (data === "max_decimal_places")) || (data === "min_value")) || (data === "not_a_list")) || (data === "parse_error")) || (data === "session_expired")) || (data === "session_expired_ob")) || (data === "too_many_sessions")) || (data === "unavailable_data")) || (data === "unconfirmed_link")) || (data === "unsupported_operation")) || (data === "validation_error")) || (data === "authentication_failed")) || (data === "consent_without_accounts")) || (data === "access_to_production_denied")) || (data === "access_to_resource_denied")) || (data === "permission_denied")) || (data === "quota_limit_reached")) || (data === "not_found")) || (data === "expired_credentials")) || (data === "method_not_allowed")) || (data === "request_timeout")) || (data === "activation_required")) || (data === "token_required")) || (data === "service_unavailable"))){
const err1 = {instancePath,keyword:"enum",params:{allowedValues: schema55.enum}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
validate289.errors = vErrors;
return errors === 0;
}
validate289.evaluated = {"dynamicProps":false,"dynamicItems":false};


function validate288(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate288.evaluated;
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
if(data.error_code === undefined){
const err1 = {instancePath,keyword:"required",params:{missingProperty: "error_code"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.error_code !== undefined){
if(!(validate289(data.error_code, {instancePath:instancePath+"/error_code",parentData:data,parentDataProperty:"error_code",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate289.errors : vErrors.concat(validate289.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.error_message !== undefined){
if(!(validate54(data.error_message, {instancePath:instancePath+"/error_message",parentData:data,parentDataProperty:"error_message",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.status !== undefined){
if(!(validate67(data.status, {instancePath:instancePath+"/status",parentData:data,parentDataProperty:"status",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate67.errors : vErrors.concat(validate67.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(((key0 === "error_code") || (key0 === "error_message")) || (key0 === "status"))){
const err2 = {instancePath,keyword:"additionalProperties",params:{additionalProperty: key0}};
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
validate288.errors = vErrors;
return errors === 0;
}
validate288.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate278(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate278.evaluated;
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
if(data.webhook_id === undefined){
const err1 = {instancePath,keyword:"required",params:{missingProperty: "webhook_id"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.webhook_id !== undefined){
if(!(validate54(data.webhook_id, {instancePath:instancePath+"/webhook_id",parentData:data,parentDataProperty:"webhook_id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.webhook_type === undefined){
const err2 = {instancePath,keyword:"required",params:{missingProperty: "webhook_type"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.webhook_type !== undefined){
if("LINK" !== data.webhook_type){
const err3 = {instancePath:instancePath+"/webhook_type",keyword:"const",params:{allowedValue: "LINK"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.webhook_code === undefined){
const err4 = {instancePath,keyword:"required",params:{missingProperty: "webhook_code"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.webhook_code !== undefined){
if(!(validate280(data.webhook_code, {instancePath:instancePath+"/webhook_code",parentData:data,parentDataProperty:"webhook_code",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate280.errors : vErrors.concat(validate280.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.process_type !== undefined){
if(!(validate282(data.process_type, {instancePath:instancePath+"/process_type",parentData:data,parentDataProperty:"process_type",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate282.errors : vErrors.concat(validate282.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.link_id !== undefined){
if(!(validate54(data.link_id, {instancePath:instancePath+"/link_id",parentData:data,parentDataProperty:"link_id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.object_id !== undefined){
if(!(validate54(data.object_id, {instancePath:instancePath+"/object_id",parentData:data,parentDataProperty:"object_id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
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
if(data.external_id !== undefined){
if(!(validate61(data.external_id, {instancePath:instancePath+"/external_id",parentData:data,parentDataProperty:"external_id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate61.errors : vErrors.concat(validate61.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.data === undefined){
const err5 = {instancePath,keyword:"required",params:{missingProperty: "data"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.data !== undefined){
if(!(validate288(data.data, {instancePath:instancePath+"/data",parentData:data,parentDataProperty:"data",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate288.errors : vErrors.concat(validate288.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(func2.call(schema51.allOf[9].properties, key0))){
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
validate278.errors = vErrors;
return errors === 0;
}
validate278.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema56 = {"type":"object","allOf":[{"required":["webhook_id"],"properties":{"webhook_id":{"$ref":"#/$defs/d0"}}},{"required":["webhook_type"],"properties":{"webhook_type":{"const":"PAYMENT_INTENTS"}}},{"required":["webhook_code"],"properties":{"webhook_code":{"$ref":"#/$defs/d31"}}},{"properties":{"process_type":{"$ref":"#/$defs/d32"}}},{"properties":{"link_id":{"$ref":"#/$defs/d0"}}},{"properties":{"object_id":{"$ref":"#/$defs/d0"}}},{"properties":{"request_id":{"$ref":"#/$defs/d0"}}},{"properties":{"external_id":{"$ref":"#/$defs/d1"}}},{"properties":{"data":{"$ref":"#/$defs/d38"}}},{"properties":{"webhook_id":true,"webhook_type":true,"webhook_code":true,"process_type":true,"link_id":true,"object_id":true,"request_id":true,"external_id":true,"data":true},"additionalProperties":false}]};
const schema59 = {"type":"string","oneOf":[{"enum":["AMOUNT_OVER_LIMIT","amount_over_limit"]},{"enum":["BENEFICIARY_ACCOUNT_BLOCKED","beneficiary_account_blocked"]},{"enum":["BENEFICIARY_ACCOUNT_CLOSED","beneficiary_account_closed"]},{"enum":["BENEFICIARY_ACCOUNT_ERROR","beneficiary_account_error"]},{"enum":["BENEFICIARY_ACCOUNT_NUMBER_INVALID","beneficiary_account_number_invalid"]},{"enum":["BENEFICIARY_ACCOUNT_TYPE_INVALID","beneficiary_account_type_invalid"]},{"enum":["BENEFICIARY_ACCOUNT_TYPE_NOT_SUPPORTED","beneficiary_account_type_not_supported"]},{"enum":["BENEFICIARY_BANK_REJECTED_CHARGE","beneficiary_bank_rejected_charge"]},{"enum":["BENEFICIARY_CANCELLED_RECURRING_PAYMENT","beneficiary_cancelled_recurring_payment"]},{"enum":["BENEFICIARY_IDENTIFIER_INVALID","beneficiary_identifier_invalid"]},{"enum":["BENEFICIARY_IDENTIFIER_MISMATCH","beneficiary_identifier_mismatch"]},{"enum":["CHARGE_SETTLEMENT_FAILED","charge_settlement_failed"]},{"enum":["CHARGE_SETTLEMENT_TIMEOUT","charge_settlement_timeout"]},{"enum":["DUPLICATE_BENEFICIARY_CHARGE","duplicate_beneficiary_charge"]},{"enum":["FRAUD_SUSPECTED","fraud_suspected"]},{"enum":["INSUFFICIENT_FUNDS","insufficient_funds"]},{"enum":["PAYER_ACCOUNT_TIMEOUT_ERROR","payer_account_timeout_error"]},{"const":"beneficiary_bank_revoked_authorization"},{"const":"invalid_pix_key"},{"const":"consent_expired"}]};

function validate306(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate306.evaluated;
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
if(!((data === "AMOUNT_OVER_LIMIT") || (data === "amount_over_limit"))){
const err1 = {instancePath,keyword:"enum",params:{allowedValues: schema59.oneOf[0].enum}};
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
if(!((data === "BENEFICIARY_ACCOUNT_BLOCKED") || (data === "beneficiary_account_blocked"))){
const err2 = {instancePath,keyword:"enum",params:{allowedValues: schema59.oneOf[1].enum}};
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
if(!((data === "BENEFICIARY_ACCOUNT_CLOSED") || (data === "beneficiary_account_closed"))){
const err3 = {instancePath,keyword:"enum",params:{allowedValues: schema59.oneOf[2].enum}};
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
if(!((data === "BENEFICIARY_ACCOUNT_ERROR") || (data === "beneficiary_account_error"))){
const err4 = {instancePath,keyword:"enum",params:{allowedValues: schema59.oneOf[3].enum}};
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
if(!((data === "BENEFICIARY_ACCOUNT_NUMBER_INVALID") || (data === "beneficiary_account_number_invalid"))){
const err5 = {instancePath,keyword:"enum",params:{allowedValues: schema59.oneOf[4].enum}};
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
if(!((data === "BENEFICIARY_ACCOUNT_TYPE_INVALID") || (data === "beneficiary_account_type_invalid"))){
const err6 = {instancePath,keyword:"enum",params:{allowedValues: schema59.oneOf[5].enum}};
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
if(!((data === "BENEFICIARY_ACCOUNT_TYPE_NOT_SUPPORTED") || (data === "beneficiary_account_type_not_supported"))){
const err7 = {instancePath,keyword:"enum",params:{allowedValues: schema59.oneOf[6].enum}};
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
if(!((data === "BENEFICIARY_BANK_REJECTED_CHARGE") || (data === "beneficiary_bank_rejected_charge"))){
const err8 = {instancePath,keyword:"enum",params:{allowedValues: schema59.oneOf[7].enum}};
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
if(!((data === "BENEFICIARY_CANCELLED_RECURRING_PAYMENT") || (data === "beneficiary_cancelled_recurring_payment"))){
const err9 = {instancePath,keyword:"enum",params:{allowedValues: schema59.oneOf[8].enum}};
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
if(!((data === "BENEFICIARY_IDENTIFIER_INVALID") || (data === "beneficiary_identifier_invalid"))){
const err10 = {instancePath,keyword:"enum",params:{allowedValues: schema59.oneOf[9].enum}};
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
if(!((data === "BENEFICIARY_IDENTIFIER_MISMATCH") || (data === "beneficiary_identifier_mismatch"))){
const err11 = {instancePath,keyword:"enum",params:{allowedValues: schema59.oneOf[10].enum}};
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
if(!((data === "CHARGE_SETTLEMENT_FAILED") || (data === "charge_settlement_failed"))){
const err12 = {instancePath,keyword:"enum",params:{allowedValues: schema59.oneOf[11].enum}};
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
if(!((data === "CHARGE_SETTLEMENT_TIMEOUT") || (data === "charge_settlement_timeout"))){
const err13 = {instancePath,keyword:"enum",params:{allowedValues: schema59.oneOf[12].enum}};
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
if(!((data === "DUPLICATE_BENEFICIARY_CHARGE") || (data === "duplicate_beneficiary_charge"))){
const err14 = {instancePath,keyword:"enum",params:{allowedValues: schema59.oneOf[13].enum}};
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
if(!((data === "FRAUD_SUSPECTED") || (data === "fraud_suspected"))){
const err15 = {instancePath,keyword:"enum",params:{allowedValues: schema59.oneOf[14].enum}};
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
if(!((data === "INSUFFICIENT_FUNDS") || (data === "insufficient_funds"))){
const err16 = {instancePath,keyword:"enum",params:{allowedValues: schema59.oneOf[15].enum}};
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
if(!((data === "PAYER_ACCOUNT_TIMEOUT_ERROR") || (data === "payer_account_timeout_error"))){
const err17 = {instancePath,keyword:"enum",params:{allowedValues: schema59.oneOf[16].enum}};
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
if("beneficiary_bank_revoked_authorization" !== data){
const err18 = {instancePath,keyword:"const",params:{allowedValue: "beneficiary_bank_revoked_authorization"}};
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
if("invalid_pix_key" !== data){
const err19 = {instancePath,keyword:"const",params:{allowedValue: "invalid_pix_key"}};
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
if("consent_expired" !== data){
const err20 = {instancePath,keyword:"const",params:{allowedValue: "consent_expired"}};
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
const err21 = {instancePath,keyword:"oneOf",params:{passingSchemas: passing0}};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
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
validate306.errors = vErrors;
return errors === 0;
}
validate306.evaluated = {"dynamicProps":false,"dynamicItems":false};


function validate305(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate305.evaluated;
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
if(!(validate306(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate306.errors : vErrors.concat(validate306.errors);
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
validate305.errors = vErrors;
return errors === 0;
}
validate305.evaluated = {"dynamicProps":false,"dynamicItems":false};


function validate302(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate302.evaluated;
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
if(data.status !== undefined){
if(!(validate54(data.status, {instancePath:instancePath+"/status",parentData:data,parentDataProperty:"status",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.metadata !== undefined){
if(!(validate69(data.metadata, {instancePath:instancePath+"/metadata",parentData:data,parentDataProperty:"metadata",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate69.errors : vErrors.concat(validate69.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.failure_code !== undefined){
if(!(validate305(data.failure_code, {instancePath:instancePath+"/failure_code",parentData:data,parentDataProperty:"failure_code",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate305.errors : vErrors.concat(validate305.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.failure_message !== undefined){
if(!(validate61(data.failure_message, {instancePath:instancePath+"/failure_message",parentData:data,parentDataProperty:"failure_message",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate61.errors : vErrors.concat(validate61.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.end_to_end_id !== undefined){
if(!(validate61(data.end_to_end_id, {instancePath:instancePath+"/end_to_end_id",parentData:data,parentDataProperty:"end_to_end_id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate61.errors : vErrors.concat(validate61.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(((((key0 === "status") || (key0 === "metadata")) || (key0 === "failure_code")) || (key0 === "failure_message")) || (key0 === "end_to_end_id"))){
const err1 = {instancePath,keyword:"additionalProperties",params:{additionalProperty: key0}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
}
validate302.errors = vErrors;
return errors === 0;
}
validate302.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate294(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate294.evaluated;
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
if(data.webhook_id === undefined){
const err1 = {instancePath,keyword:"required",params:{missingProperty: "webhook_id"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.webhook_id !== undefined){
if(!(validate54(data.webhook_id, {instancePath:instancePath+"/webhook_id",parentData:data,parentDataProperty:"webhook_id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.webhook_type === undefined){
const err2 = {instancePath,keyword:"required",params:{missingProperty: "webhook_type"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.webhook_type !== undefined){
if("PAYMENT_INTENTS" !== data.webhook_type){
const err3 = {instancePath:instancePath+"/webhook_type",keyword:"const",params:{allowedValue: "PAYMENT_INTENTS"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.webhook_code === undefined){
const err4 = {instancePath,keyword:"required",params:{missingProperty: "webhook_code"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.webhook_code !== undefined){
if(!(validate280(data.webhook_code, {instancePath:instancePath+"/webhook_code",parentData:data,parentDataProperty:"webhook_code",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate280.errors : vErrors.concat(validate280.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.process_type !== undefined){
if(!(validate282(data.process_type, {instancePath:instancePath+"/process_type",parentData:data,parentDataProperty:"process_type",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate282.errors : vErrors.concat(validate282.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.link_id !== undefined){
if(!(validate54(data.link_id, {instancePath:instancePath+"/link_id",parentData:data,parentDataProperty:"link_id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.object_id !== undefined){
if(!(validate54(data.object_id, {instancePath:instancePath+"/object_id",parentData:data,parentDataProperty:"object_id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
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
if(data.external_id !== undefined){
if(!(validate61(data.external_id, {instancePath:instancePath+"/external_id",parentData:data,parentDataProperty:"external_id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate61.errors : vErrors.concat(validate61.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.data !== undefined){
if(!(validate302(data.data, {instancePath:instancePath+"/data",parentData:data,parentDataProperty:"data",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate302.errors : vErrors.concat(validate302.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(func2.call(schema56.allOf[9].properties, key0))){
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
validate294.errors = vErrors;
return errors === 0;
}
validate294.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema60 = {"type":"object","allOf":[{"required":["webhook_id"],"properties":{"webhook_id":{"$ref":"#/$defs/d0"}}},{"required":["webhook_type"],"properties":{"webhook_type":{"const":"ACCOUNTS"}}},{"required":["webhook_code"],"properties":{"webhook_code":{"$ref":"#/$defs/d31"}}},{"properties":{"process_type":{"$ref":"#/$defs/d32"}}},{"properties":{"link_id":{"$ref":"#/$defs/d0"}}},{"properties":{"object_id":{"$ref":"#/$defs/d0"}}},{"properties":{"request_id":{"$ref":"#/$defs/d0"}}},{"properties":{"external_id":{"$ref":"#/$defs/d1"}}},{"properties":{"data":{"$ref":"#/$defs/d11"}}},{"properties":{"webhook_id":true,"webhook_type":true,"webhook_code":true,"process_type":true,"link_id":true,"object_id":true,"request_id":true,"external_id":true,"data":true},"additionalProperties":false}]};

function validate312(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate312.evaluated;
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
if(data.webhook_id === undefined){
const err1 = {instancePath,keyword:"required",params:{missingProperty: "webhook_id"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.webhook_id !== undefined){
if(!(validate54(data.webhook_id, {instancePath:instancePath+"/webhook_id",parentData:data,parentDataProperty:"webhook_id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.webhook_type === undefined){
const err2 = {instancePath,keyword:"required",params:{missingProperty: "webhook_type"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.webhook_type !== undefined){
if("ACCOUNTS" !== data.webhook_type){
const err3 = {instancePath:instancePath+"/webhook_type",keyword:"const",params:{allowedValue: "ACCOUNTS"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.webhook_code === undefined){
const err4 = {instancePath,keyword:"required",params:{missingProperty: "webhook_code"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.webhook_code !== undefined){
if(!(validate280(data.webhook_code, {instancePath:instancePath+"/webhook_code",parentData:data,parentDataProperty:"webhook_code",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate280.errors : vErrors.concat(validate280.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.process_type !== undefined){
if(!(validate282(data.process_type, {instancePath:instancePath+"/process_type",parentData:data,parentDataProperty:"process_type",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate282.errors : vErrors.concat(validate282.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.link_id !== undefined){
if(!(validate54(data.link_id, {instancePath:instancePath+"/link_id",parentData:data,parentDataProperty:"link_id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.object_id !== undefined){
if(!(validate54(data.object_id, {instancePath:instancePath+"/object_id",parentData:data,parentDataProperty:"object_id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
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
if(data.external_id !== undefined){
if(!(validate61(data.external_id, {instancePath:instancePath+"/external_id",parentData:data,parentDataProperty:"external_id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate61.errors : vErrors.concat(validate61.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.data !== undefined){
if(!(validate69(data.data, {instancePath:instancePath+"/data",parentData:data,parentDataProperty:"data",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate69.errors : vErrors.concat(validate69.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(func2.call(schema60.allOf[9].properties, key0))){
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
validate312.errors = vErrors;
return errors === 0;
}
validate312.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema61 = {"type":"object","allOf":[{"required":["webhook_id"],"properties":{"webhook_id":{"$ref":"#/$defs/d0"}}},{"required":["webhook_type"],"properties":{"webhook_type":{"const":"TRANSACTIONS"}}},{"required":["webhook_code"],"properties":{"webhook_code":{"$ref":"#/$defs/d31"}}},{"properties":{"process_type":{"$ref":"#/$defs/d32"}}},{"properties":{"link_id":{"$ref":"#/$defs/d0"}}},{"properties":{"object_id":{"$ref":"#/$defs/d0"}}},{"properties":{"request_id":{"$ref":"#/$defs/d0"}}},{"properties":{"external_id":{"$ref":"#/$defs/d1"}}},{"properties":{"data":{"$ref":"#/$defs/d11"}}},{"properties":{"webhook_id":true,"webhook_type":true,"webhook_code":true,"process_type":true,"link_id":true,"object_id":true,"request_id":true,"external_id":true,"data":true},"additionalProperties":false}]};

function validate321(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate321.evaluated;
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
if(data.webhook_id === undefined){
const err1 = {instancePath,keyword:"required",params:{missingProperty: "webhook_id"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.webhook_id !== undefined){
if(!(validate54(data.webhook_id, {instancePath:instancePath+"/webhook_id",parentData:data,parentDataProperty:"webhook_id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.webhook_type === undefined){
const err2 = {instancePath,keyword:"required",params:{missingProperty: "webhook_type"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.webhook_type !== undefined){
if("TRANSACTIONS" !== data.webhook_type){
const err3 = {instancePath:instancePath+"/webhook_type",keyword:"const",params:{allowedValue: "TRANSACTIONS"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.webhook_code === undefined){
const err4 = {instancePath,keyword:"required",params:{missingProperty: "webhook_code"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.webhook_code !== undefined){
if(!(validate280(data.webhook_code, {instancePath:instancePath+"/webhook_code",parentData:data,parentDataProperty:"webhook_code",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate280.errors : vErrors.concat(validate280.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.process_type !== undefined){
if(!(validate282(data.process_type, {instancePath:instancePath+"/process_type",parentData:data,parentDataProperty:"process_type",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate282.errors : vErrors.concat(validate282.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.link_id !== undefined){
if(!(validate54(data.link_id, {instancePath:instancePath+"/link_id",parentData:data,parentDataProperty:"link_id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.object_id !== undefined){
if(!(validate54(data.object_id, {instancePath:instancePath+"/object_id",parentData:data,parentDataProperty:"object_id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
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
if(data.external_id !== undefined){
if(!(validate61(data.external_id, {instancePath:instancePath+"/external_id",parentData:data,parentDataProperty:"external_id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate61.errors : vErrors.concat(validate61.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.data !== undefined){
if(!(validate69(data.data, {instancePath:instancePath+"/data",parentData:data,parentDataProperty:"data",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate69.errors : vErrors.concat(validate69.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(func2.call(schema61.allOf[9].properties, key0))){
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
validate321.errors = vErrors;
return errors === 0;
}
validate321.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema62 = {"type":"object","allOf":[{"required":["webhook_id"],"properties":{"webhook_id":{"$ref":"#/$defs/d0"}}},{"required":["webhook_type"],"properties":{"webhook_type":{"const":"CHARGES"}}},{"required":["webhook_code"],"properties":{"webhook_code":{"$ref":"#/$defs/d31"}}},{"properties":{"process_type":{"$ref":"#/$defs/d32"}}},{"properties":{"link_id":{"$ref":"#/$defs/d0"}}},{"properties":{"object_id":{"$ref":"#/$defs/d0"}}},{"properties":{"request_id":{"$ref":"#/$defs/d0"}}},{"properties":{"external_id":{"$ref":"#/$defs/d1"}}},{"properties":{"data":{"$ref":"#/$defs/d11"}}},{"properties":{"webhook_id":true,"webhook_type":true,"webhook_code":true,"process_type":true,"link_id":true,"object_id":true,"request_id":true,"external_id":true,"data":true},"additionalProperties":false}]};

function validate330(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate330.evaluated;
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
if(data.webhook_id === undefined){
const err1 = {instancePath,keyword:"required",params:{missingProperty: "webhook_id"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.webhook_id !== undefined){
if(!(validate54(data.webhook_id, {instancePath:instancePath+"/webhook_id",parentData:data,parentDataProperty:"webhook_id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.webhook_type === undefined){
const err2 = {instancePath,keyword:"required",params:{missingProperty: "webhook_type"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.webhook_type !== undefined){
if("CHARGES" !== data.webhook_type){
const err3 = {instancePath:instancePath+"/webhook_type",keyword:"const",params:{allowedValue: "CHARGES"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.webhook_code === undefined){
const err4 = {instancePath,keyword:"required",params:{missingProperty: "webhook_code"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.webhook_code !== undefined){
if(!(validate280(data.webhook_code, {instancePath:instancePath+"/webhook_code",parentData:data,parentDataProperty:"webhook_code",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate280.errors : vErrors.concat(validate280.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.process_type !== undefined){
if(!(validate282(data.process_type, {instancePath:instancePath+"/process_type",parentData:data,parentDataProperty:"process_type",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate282.errors : vErrors.concat(validate282.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.link_id !== undefined){
if(!(validate54(data.link_id, {instancePath:instancePath+"/link_id",parentData:data,parentDataProperty:"link_id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.object_id !== undefined){
if(!(validate54(data.object_id, {instancePath:instancePath+"/object_id",parentData:data,parentDataProperty:"object_id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
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
if(data.external_id !== undefined){
if(!(validate61(data.external_id, {instancePath:instancePath+"/external_id",parentData:data,parentDataProperty:"external_id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate61.errors : vErrors.concat(validate61.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.data !== undefined){
if(!(validate69(data.data, {instancePath:instancePath+"/data",parentData:data,parentDataProperty:"data",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate69.errors : vErrors.concat(validate69.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(func2.call(schema62.allOf[9].properties, key0))){
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
validate330.errors = vErrors;
return errors === 0;
}
validate330.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema63 = {"type":"object","allOf":[{"required":["webhook_id"],"properties":{"webhook_id":{"$ref":"#/$defs/d0"}}},{"required":["webhook_type"],"properties":{"webhook_type":{"const":"ENROLLMENTS"}}},{"required":["webhook_code"],"properties":{"webhook_code":{"$ref":"#/$defs/d31"}}},{"properties":{"process_type":{"$ref":"#/$defs/d32"}}},{"properties":{"link_id":{"$ref":"#/$defs/d0"}}},{"properties":{"object_id":{"$ref":"#/$defs/d0"}}},{"properties":{"request_id":{"$ref":"#/$defs/d0"}}},{"properties":{"external_id":{"$ref":"#/$defs/d1"}}},{"properties":{"data":{"$ref":"#/$defs/d11"}}},{"properties":{"webhook_id":true,"webhook_type":true,"webhook_code":true,"process_type":true,"link_id":true,"object_id":true,"request_id":true,"external_id":true,"data":true},"additionalProperties":false}]};

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
if(data.webhook_id === undefined){
const err1 = {instancePath,keyword:"required",params:{missingProperty: "webhook_id"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.webhook_id !== undefined){
if(!(validate54(data.webhook_id, {instancePath:instancePath+"/webhook_id",parentData:data,parentDataProperty:"webhook_id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.webhook_type === undefined){
const err2 = {instancePath,keyword:"required",params:{missingProperty: "webhook_type"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.webhook_type !== undefined){
if("ENROLLMENTS" !== data.webhook_type){
const err3 = {instancePath:instancePath+"/webhook_type",keyword:"const",params:{allowedValue: "ENROLLMENTS"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.webhook_code === undefined){
const err4 = {instancePath,keyword:"required",params:{missingProperty: "webhook_code"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.webhook_code !== undefined){
if(!(validate280(data.webhook_code, {instancePath:instancePath+"/webhook_code",parentData:data,parentDataProperty:"webhook_code",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate280.errors : vErrors.concat(validate280.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.process_type !== undefined){
if(!(validate282(data.process_type, {instancePath:instancePath+"/process_type",parentData:data,parentDataProperty:"process_type",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate282.errors : vErrors.concat(validate282.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.link_id !== undefined){
if(!(validate54(data.link_id, {instancePath:instancePath+"/link_id",parentData:data,parentDataProperty:"link_id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.object_id !== undefined){
if(!(validate54(data.object_id, {instancePath:instancePath+"/object_id",parentData:data,parentDataProperty:"object_id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
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
if(data.external_id !== undefined){
if(!(validate61(data.external_id, {instancePath:instancePath+"/external_id",parentData:data,parentDataProperty:"external_id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate61.errors : vErrors.concat(validate61.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.data !== undefined){
if(!(validate69(data.data, {instancePath:instancePath+"/data",parentData:data,parentDataProperty:"data",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate69.errors : vErrors.concat(validate69.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(func2.call(schema63.allOf[9].properties, key0))){
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
validate339.errors = vErrors;
return errors === 0;
}
validate339.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema64 = {"type":"object","allOf":[{"required":["webhook_id"],"properties":{"webhook_id":{"$ref":"#/$defs/d0"}}},{"required":["webhook_type"],"properties":{"webhook_type":{"const":"BANK_ACCOUNTS"}}},{"required":["webhook_code"],"properties":{"webhook_code":{"$ref":"#/$defs/d31"}}},{"properties":{"process_type":{"$ref":"#/$defs/d32"}}},{"properties":{"link_id":{"$ref":"#/$defs/d0"}}},{"properties":{"object_id":{"$ref":"#/$defs/d0"}}},{"properties":{"request_id":{"$ref":"#/$defs/d0"}}},{"properties":{"external_id":{"$ref":"#/$defs/d1"}}},{"properties":{"data":{"$ref":"#/$defs/d11"}}},{"properties":{"webhook_id":true,"webhook_type":true,"webhook_code":true,"process_type":true,"link_id":true,"object_id":true,"request_id":true,"external_id":true,"data":true},"additionalProperties":false}]};

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
if(data.webhook_id === undefined){
const err1 = {instancePath,keyword:"required",params:{missingProperty: "webhook_id"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.webhook_id !== undefined){
if(!(validate54(data.webhook_id, {instancePath:instancePath+"/webhook_id",parentData:data,parentDataProperty:"webhook_id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.webhook_type === undefined){
const err2 = {instancePath,keyword:"required",params:{missingProperty: "webhook_type"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.webhook_type !== undefined){
if("BANK_ACCOUNTS" !== data.webhook_type){
const err3 = {instancePath:instancePath+"/webhook_type",keyword:"const",params:{allowedValue: "BANK_ACCOUNTS"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.webhook_code === undefined){
const err4 = {instancePath,keyword:"required",params:{missingProperty: "webhook_code"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.webhook_code !== undefined){
if(!(validate280(data.webhook_code, {instancePath:instancePath+"/webhook_code",parentData:data,parentDataProperty:"webhook_code",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate280.errors : vErrors.concat(validate280.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.process_type !== undefined){
if(!(validate282(data.process_type, {instancePath:instancePath+"/process_type",parentData:data,parentDataProperty:"process_type",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate282.errors : vErrors.concat(validate282.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.link_id !== undefined){
if(!(validate54(data.link_id, {instancePath:instancePath+"/link_id",parentData:data,parentDataProperty:"link_id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.object_id !== undefined){
if(!(validate54(data.object_id, {instancePath:instancePath+"/object_id",parentData:data,parentDataProperty:"object_id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
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
if(data.external_id !== undefined){
if(!(validate61(data.external_id, {instancePath:instancePath+"/external_id",parentData:data,parentDataProperty:"external_id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate61.errors : vErrors.concat(validate61.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.data !== undefined){
if(!(validate69(data.data, {instancePath:instancePath+"/data",parentData:data,parentDataProperty:"data",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate69.errors : vErrors.concat(validate69.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(func2.call(schema64.allOf[9].properties, key0))){
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
validate348.errors = vErrors;
return errors === 0;
}
validate348.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema65 = {"type":"object","allOf":[{"required":["webhook_id"],"properties":{"webhook_id":{"$ref":"#/$defs/d0"}}},{"required":["webhook_type"],"properties":{"webhook_type":{"const":"CUSTOMERS"}}},{"required":["webhook_code"],"properties":{"webhook_code":{"$ref":"#/$defs/d31"}}},{"properties":{"process_type":{"$ref":"#/$defs/d32"}}},{"properties":{"link_id":{"$ref":"#/$defs/d0"}}},{"properties":{"object_id":{"$ref":"#/$defs/d0"}}},{"properties":{"request_id":{"$ref":"#/$defs/d0"}}},{"properties":{"external_id":{"$ref":"#/$defs/d1"}}},{"properties":{"data":{"$ref":"#/$defs/d11"}}},{"properties":{"webhook_id":true,"webhook_type":true,"webhook_code":true,"process_type":true,"link_id":true,"object_id":true,"request_id":true,"external_id":true,"data":true},"additionalProperties":false}]};

function validate357(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate357.evaluated;
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
if(data.webhook_id === undefined){
const err1 = {instancePath,keyword:"required",params:{missingProperty: "webhook_id"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.webhook_id !== undefined){
if(!(validate54(data.webhook_id, {instancePath:instancePath+"/webhook_id",parentData:data,parentDataProperty:"webhook_id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.webhook_type === undefined){
const err2 = {instancePath,keyword:"required",params:{missingProperty: "webhook_type"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.webhook_type !== undefined){
if("CUSTOMERS" !== data.webhook_type){
const err3 = {instancePath:instancePath+"/webhook_type",keyword:"const",params:{allowedValue: "CUSTOMERS"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.webhook_code === undefined){
const err4 = {instancePath,keyword:"required",params:{missingProperty: "webhook_code"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.webhook_code !== undefined){
if(!(validate280(data.webhook_code, {instancePath:instancePath+"/webhook_code",parentData:data,parentDataProperty:"webhook_code",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate280.errors : vErrors.concat(validate280.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.process_type !== undefined){
if(!(validate282(data.process_type, {instancePath:instancePath+"/process_type",parentData:data,parentDataProperty:"process_type",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate282.errors : vErrors.concat(validate282.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.link_id !== undefined){
if(!(validate54(data.link_id, {instancePath:instancePath+"/link_id",parentData:data,parentDataProperty:"link_id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.object_id !== undefined){
if(!(validate54(data.object_id, {instancePath:instancePath+"/object_id",parentData:data,parentDataProperty:"object_id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
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
if(data.external_id !== undefined){
if(!(validate61(data.external_id, {instancePath:instancePath+"/external_id",parentData:data,parentDataProperty:"external_id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate61.errors : vErrors.concat(validate61.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.data !== undefined){
if(!(validate69(data.data, {instancePath:instancePath+"/data",parentData:data,parentDataProperty:"data",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate69.errors : vErrors.concat(validate69.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(func2.call(schema65.allOf[9].properties, key0))){
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
validate357.errors = vErrors;
return errors === 0;
}
validate357.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema66 = {"type":"object","allOf":[{"required":["webhook_id"],"properties":{"webhook_id":{"$ref":"#/$defs/d0"}}},{"required":["webhook_type"],"properties":{"webhook_type":{"const":"PAYMENT_AUTHORIZATIONS"}}},{"required":["webhook_code"],"properties":{"webhook_code":{"$ref":"#/$defs/d31"}}},{"properties":{"process_type":{"$ref":"#/$defs/d32"}}},{"properties":{"link_id":{"$ref":"#/$defs/d0"}}},{"properties":{"object_id":{"$ref":"#/$defs/d0"}}},{"properties":{"request_id":{"$ref":"#/$defs/d0"}}},{"properties":{"external_id":{"$ref":"#/$defs/d1"}}},{"properties":{"data":{"$ref":"#/$defs/d11"}}},{"properties":{"webhook_id":true,"webhook_type":true,"webhook_code":true,"process_type":true,"link_id":true,"object_id":true,"request_id":true,"external_id":true,"data":true},"additionalProperties":false}]};

function validate366(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate366.evaluated;
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
if(data.webhook_id === undefined){
const err1 = {instancePath,keyword:"required",params:{missingProperty: "webhook_id"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.webhook_id !== undefined){
if(!(validate54(data.webhook_id, {instancePath:instancePath+"/webhook_id",parentData:data,parentDataProperty:"webhook_id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.webhook_type === undefined){
const err2 = {instancePath,keyword:"required",params:{missingProperty: "webhook_type"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.webhook_type !== undefined){
if("PAYMENT_AUTHORIZATIONS" !== data.webhook_type){
const err3 = {instancePath:instancePath+"/webhook_type",keyword:"const",params:{allowedValue: "PAYMENT_AUTHORIZATIONS"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.webhook_code === undefined){
const err4 = {instancePath,keyword:"required",params:{missingProperty: "webhook_code"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.webhook_code !== undefined){
if(!(validate280(data.webhook_code, {instancePath:instancePath+"/webhook_code",parentData:data,parentDataProperty:"webhook_code",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate280.errors : vErrors.concat(validate280.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.process_type !== undefined){
if(!(validate282(data.process_type, {instancePath:instancePath+"/process_type",parentData:data,parentDataProperty:"process_type",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate282.errors : vErrors.concat(validate282.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.link_id !== undefined){
if(!(validate54(data.link_id, {instancePath:instancePath+"/link_id",parentData:data,parentDataProperty:"link_id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.object_id !== undefined){
if(!(validate54(data.object_id, {instancePath:instancePath+"/object_id",parentData:data,parentDataProperty:"object_id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
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
if(data.external_id !== undefined){
if(!(validate61(data.external_id, {instancePath:instancePath+"/external_id",parentData:data,parentDataProperty:"external_id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate61.errors : vErrors.concat(validate61.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.data !== undefined){
if(!(validate69(data.data, {instancePath:instancePath+"/data",parentData:data,parentDataProperty:"data",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate69.errors : vErrors.concat(validate69.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(func2.call(schema66.allOf[9].properties, key0))){
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
validate366.errors = vErrors;
return errors === 0;
}
validate366.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema67 = {"type":"object","allOf":[{"required":["webhook_id"],"properties":{"webhook_id":{"$ref":"#/$defs/d0"}}},{"required":["webhook_type"],"properties":{"webhook_type":{"const":"OWNERS"}}},{"required":["webhook_code"],"properties":{"webhook_code":{"$ref":"#/$defs/d31"}}},{"properties":{"process_type":{"$ref":"#/$defs/d32"}}},{"properties":{"link_id":{"$ref":"#/$defs/d0"}}},{"properties":{"object_id":{"$ref":"#/$defs/d0"}}},{"properties":{"request_id":{"$ref":"#/$defs/d0"}}},{"properties":{"external_id":{"$ref":"#/$defs/d1"}}},{"properties":{"data":{"$ref":"#/$defs/d11"}}},{"properties":{"webhook_id":true,"webhook_type":true,"webhook_code":true,"process_type":true,"link_id":true,"object_id":true,"request_id":true,"external_id":true,"data":true},"additionalProperties":false}]};

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
if(data.webhook_id === undefined){
const err1 = {instancePath,keyword:"required",params:{missingProperty: "webhook_id"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.webhook_id !== undefined){
if(!(validate54(data.webhook_id, {instancePath:instancePath+"/webhook_id",parentData:data,parentDataProperty:"webhook_id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.webhook_type === undefined){
const err2 = {instancePath,keyword:"required",params:{missingProperty: "webhook_type"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.webhook_type !== undefined){
if("OWNERS" !== data.webhook_type){
const err3 = {instancePath:instancePath+"/webhook_type",keyword:"const",params:{allowedValue: "OWNERS"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.webhook_code === undefined){
const err4 = {instancePath,keyword:"required",params:{missingProperty: "webhook_code"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.webhook_code !== undefined){
if(!(validate280(data.webhook_code, {instancePath:instancePath+"/webhook_code",parentData:data,parentDataProperty:"webhook_code",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate280.errors : vErrors.concat(validate280.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.process_type !== undefined){
if(!(validate282(data.process_type, {instancePath:instancePath+"/process_type",parentData:data,parentDataProperty:"process_type",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate282.errors : vErrors.concat(validate282.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.link_id !== undefined){
if(!(validate54(data.link_id, {instancePath:instancePath+"/link_id",parentData:data,parentDataProperty:"link_id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.object_id !== undefined){
if(!(validate54(data.object_id, {instancePath:instancePath+"/object_id",parentData:data,parentDataProperty:"object_id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
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
if(data.external_id !== undefined){
if(!(validate61(data.external_id, {instancePath:instancePath+"/external_id",parentData:data,parentDataProperty:"external_id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate61.errors : vErrors.concat(validate61.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.data !== undefined){
if(!(validate69(data.data, {instancePath:instancePath+"/data",parentData:data,parentDataProperty:"data",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate69.errors : vErrors.concat(validate69.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(func2.call(schema67.allOf[9].properties, key0))){
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
validate375.errors = vErrors;
return errors === 0;
}
validate375.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema68 = {"type":"object","allOf":[{"required":["webhook_id"],"properties":{"webhook_id":{"$ref":"#/$defs/d0"}}},{"required":["webhook_type"],"properties":{"webhook_type":{"const":"INVOICES"}}},{"required":["webhook_code"],"properties":{"webhook_code":{"$ref":"#/$defs/d31"}}},{"properties":{"process_type":{"$ref":"#/$defs/d32"}}},{"properties":{"link_id":{"$ref":"#/$defs/d0"}}},{"properties":{"object_id":{"$ref":"#/$defs/d0"}}},{"properties":{"request_id":{"$ref":"#/$defs/d0"}}},{"properties":{"external_id":{"$ref":"#/$defs/d1"}}},{"properties":{"data":{"$ref":"#/$defs/d11"}}},{"properties":{"webhook_id":true,"webhook_type":true,"webhook_code":true,"process_type":true,"link_id":true,"object_id":true,"request_id":true,"external_id":true,"data":true},"additionalProperties":false}]};

function validate384(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate384.evaluated;
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
if(data.webhook_id === undefined){
const err1 = {instancePath,keyword:"required",params:{missingProperty: "webhook_id"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.webhook_id !== undefined){
if(!(validate54(data.webhook_id, {instancePath:instancePath+"/webhook_id",parentData:data,parentDataProperty:"webhook_id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.webhook_type === undefined){
const err2 = {instancePath,keyword:"required",params:{missingProperty: "webhook_type"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.webhook_type !== undefined){
if("INVOICES" !== data.webhook_type){
const err3 = {instancePath:instancePath+"/webhook_type",keyword:"const",params:{allowedValue: "INVOICES"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.webhook_code === undefined){
const err4 = {instancePath,keyword:"required",params:{missingProperty: "webhook_code"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.webhook_code !== undefined){
if(!(validate280(data.webhook_code, {instancePath:instancePath+"/webhook_code",parentData:data,parentDataProperty:"webhook_code",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate280.errors : vErrors.concat(validate280.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.process_type !== undefined){
if(!(validate282(data.process_type, {instancePath:instancePath+"/process_type",parentData:data,parentDataProperty:"process_type",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate282.errors : vErrors.concat(validate282.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.link_id !== undefined){
if(!(validate54(data.link_id, {instancePath:instancePath+"/link_id",parentData:data,parentDataProperty:"link_id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.object_id !== undefined){
if(!(validate54(data.object_id, {instancePath:instancePath+"/object_id",parentData:data,parentDataProperty:"object_id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
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
if(data.external_id !== undefined){
if(!(validate61(data.external_id, {instancePath:instancePath+"/external_id",parentData:data,parentDataProperty:"external_id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate61.errors : vErrors.concat(validate61.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.data !== undefined){
if(!(validate69(data.data, {instancePath:instancePath+"/data",parentData:data,parentDataProperty:"data",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate69.errors : vErrors.concat(validate69.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(func2.call(schema68.allOf[9].properties, key0))){
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
validate384.errors = vErrors;
return errors === 0;
}
validate384.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema69 = {"type":"object","allOf":[{"required":["webhook_id"],"properties":{"webhook_id":{"$ref":"#/$defs/d0"}}},{"required":["webhook_type"],"properties":{"webhook_type":{"const":"BILLS"}}},{"required":["webhook_code"],"properties":{"webhook_code":{"$ref":"#/$defs/d31"}}},{"properties":{"process_type":{"$ref":"#/$defs/d32"}}},{"properties":{"link_id":{"$ref":"#/$defs/d0"}}},{"properties":{"object_id":{"$ref":"#/$defs/d0"}}},{"properties":{"request_id":{"$ref":"#/$defs/d0"}}},{"properties":{"external_id":{"$ref":"#/$defs/d1"}}},{"properties":{"data":{"$ref":"#/$defs/d11"}}},{"properties":{"webhook_id":true,"webhook_type":true,"webhook_code":true,"process_type":true,"link_id":true,"object_id":true,"request_id":true,"external_id":true,"data":true},"additionalProperties":false}]};

function validate393(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate393.evaluated;
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
if(data.webhook_id === undefined){
const err1 = {instancePath,keyword:"required",params:{missingProperty: "webhook_id"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.webhook_id !== undefined){
if(!(validate54(data.webhook_id, {instancePath:instancePath+"/webhook_id",parentData:data,parentDataProperty:"webhook_id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.webhook_type === undefined){
const err2 = {instancePath,keyword:"required",params:{missingProperty: "webhook_type"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.webhook_type !== undefined){
if("BILLS" !== data.webhook_type){
const err3 = {instancePath:instancePath+"/webhook_type",keyword:"const",params:{allowedValue: "BILLS"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.webhook_code === undefined){
const err4 = {instancePath,keyword:"required",params:{missingProperty: "webhook_code"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.webhook_code !== undefined){
if(!(validate280(data.webhook_code, {instancePath:instancePath+"/webhook_code",parentData:data,parentDataProperty:"webhook_code",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate280.errors : vErrors.concat(validate280.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.process_type !== undefined){
if(!(validate282(data.process_type, {instancePath:instancePath+"/process_type",parentData:data,parentDataProperty:"process_type",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate282.errors : vErrors.concat(validate282.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.link_id !== undefined){
if(!(validate54(data.link_id, {instancePath:instancePath+"/link_id",parentData:data,parentDataProperty:"link_id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.object_id !== undefined){
if(!(validate54(data.object_id, {instancePath:instancePath+"/object_id",parentData:data,parentDataProperty:"object_id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
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
if(data.external_id !== undefined){
if(!(validate61(data.external_id, {instancePath:instancePath+"/external_id",parentData:data,parentDataProperty:"external_id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate61.errors : vErrors.concat(validate61.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.data !== undefined){
if(!(validate69(data.data, {instancePath:instancePath+"/data",parentData:data,parentDataProperty:"data",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate69.errors : vErrors.concat(validate69.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(func2.call(schema69.allOf[9].properties, key0))){
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
validate393.errors = vErrors;
return errors === 0;
}
validate393.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema70 = {"type":"object","allOf":[{"required":["webhook_id"],"properties":{"webhook_id":{"$ref":"#/$defs/d0"}}},{"required":["webhook_type"],"properties":{"webhook_type":{"const":"RECURRING_EXPENSES"}}},{"required":["webhook_code"],"properties":{"webhook_code":{"$ref":"#/$defs/d31"}}},{"properties":{"process_type":{"$ref":"#/$defs/d32"}}},{"properties":{"link_id":{"$ref":"#/$defs/d0"}}},{"properties":{"object_id":{"$ref":"#/$defs/d0"}}},{"properties":{"request_id":{"$ref":"#/$defs/d0"}}},{"properties":{"external_id":{"$ref":"#/$defs/d1"}}},{"properties":{"data":{"$ref":"#/$defs/d11"}}},{"properties":{"webhook_id":true,"webhook_type":true,"webhook_code":true,"process_type":true,"link_id":true,"object_id":true,"request_id":true,"external_id":true,"data":true},"additionalProperties":false}]};

function validate402(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate402.evaluated;
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
if(data.webhook_id === undefined){
const err1 = {instancePath,keyword:"required",params:{missingProperty: "webhook_id"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.webhook_id !== undefined){
if(!(validate54(data.webhook_id, {instancePath:instancePath+"/webhook_id",parentData:data,parentDataProperty:"webhook_id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.webhook_type === undefined){
const err2 = {instancePath,keyword:"required",params:{missingProperty: "webhook_type"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.webhook_type !== undefined){
if("RECURRING_EXPENSES" !== data.webhook_type){
const err3 = {instancePath:instancePath+"/webhook_type",keyword:"const",params:{allowedValue: "RECURRING_EXPENSES"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.webhook_code === undefined){
const err4 = {instancePath,keyword:"required",params:{missingProperty: "webhook_code"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.webhook_code !== undefined){
if(!(validate280(data.webhook_code, {instancePath:instancePath+"/webhook_code",parentData:data,parentDataProperty:"webhook_code",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate280.errors : vErrors.concat(validate280.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.process_type !== undefined){
if(!(validate282(data.process_type, {instancePath:instancePath+"/process_type",parentData:data,parentDataProperty:"process_type",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate282.errors : vErrors.concat(validate282.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.link_id !== undefined){
if(!(validate54(data.link_id, {instancePath:instancePath+"/link_id",parentData:data,parentDataProperty:"link_id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.object_id !== undefined){
if(!(validate54(data.object_id, {instancePath:instancePath+"/object_id",parentData:data,parentDataProperty:"object_id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
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
if(data.external_id !== undefined){
if(!(validate61(data.external_id, {instancePath:instancePath+"/external_id",parentData:data,parentDataProperty:"external_id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate61.errors : vErrors.concat(validate61.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.data !== undefined){
if(!(validate69(data.data, {instancePath:instancePath+"/data",parentData:data,parentDataProperty:"data",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate69.errors : vErrors.concat(validate69.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(func2.call(schema70.allOf[9].properties, key0))){
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
validate402.errors = vErrors;
return errors === 0;
}
validate402.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema71 = {"type":"object","allOf":[{"required":["webhook_id"],"properties":{"webhook_id":{"$ref":"#/$defs/d0"}}},{"required":["webhook_type"],"properties":{"webhook_type":{"const":"RISK_INSIGHTS"}}},{"required":["webhook_code"],"properties":{"webhook_code":{"$ref":"#/$defs/d31"}}},{"properties":{"process_type":{"$ref":"#/$defs/d32"}}},{"properties":{"link_id":{"$ref":"#/$defs/d0"}}},{"properties":{"object_id":{"$ref":"#/$defs/d0"}}},{"properties":{"request_id":{"$ref":"#/$defs/d0"}}},{"properties":{"external_id":{"$ref":"#/$defs/d1"}}},{"properties":{"data":{"$ref":"#/$defs/d11"}}},{"properties":{"webhook_id":true,"webhook_type":true,"webhook_code":true,"process_type":true,"link_id":true,"object_id":true,"request_id":true,"external_id":true,"data":true},"additionalProperties":false}]};

function validate411(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate411.evaluated;
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
if(data.webhook_id === undefined){
const err1 = {instancePath,keyword:"required",params:{missingProperty: "webhook_id"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.webhook_id !== undefined){
if(!(validate54(data.webhook_id, {instancePath:instancePath+"/webhook_id",parentData:data,parentDataProperty:"webhook_id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.webhook_type === undefined){
const err2 = {instancePath,keyword:"required",params:{missingProperty: "webhook_type"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.webhook_type !== undefined){
if("RISK_INSIGHTS" !== data.webhook_type){
const err3 = {instancePath:instancePath+"/webhook_type",keyword:"const",params:{allowedValue: "RISK_INSIGHTS"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.webhook_code === undefined){
const err4 = {instancePath,keyword:"required",params:{missingProperty: "webhook_code"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.webhook_code !== undefined){
if(!(validate280(data.webhook_code, {instancePath:instancePath+"/webhook_code",parentData:data,parentDataProperty:"webhook_code",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate280.errors : vErrors.concat(validate280.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.process_type !== undefined){
if(!(validate282(data.process_type, {instancePath:instancePath+"/process_type",parentData:data,parentDataProperty:"process_type",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate282.errors : vErrors.concat(validate282.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.link_id !== undefined){
if(!(validate54(data.link_id, {instancePath:instancePath+"/link_id",parentData:data,parentDataProperty:"link_id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.object_id !== undefined){
if(!(validate54(data.object_id, {instancePath:instancePath+"/object_id",parentData:data,parentDataProperty:"object_id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
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
if(data.external_id !== undefined){
if(!(validate61(data.external_id, {instancePath:instancePath+"/external_id",parentData:data,parentDataProperty:"external_id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate61.errors : vErrors.concat(validate61.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.data !== undefined){
if(!(validate69(data.data, {instancePath:instancePath+"/data",parentData:data,parentDataProperty:"data",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate69.errors : vErrors.concat(validate69.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(func2.call(schema71.allOf[9].properties, key0))){
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
validate411.errors = vErrors;
return errors === 0;
}
validate411.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema72 = {"type":"object","allOf":[{"required":["webhook_id"],"properties":{"webhook_id":{"$ref":"#/$defs/d0"}}},{"required":["webhook_type"],"properties":{"webhook_type":{"const":"INCOMES"}}},{"required":["webhook_code"],"properties":{"webhook_code":{"$ref":"#/$defs/d31"}}},{"properties":{"process_type":{"$ref":"#/$defs/d32"}}},{"properties":{"link_id":{"$ref":"#/$defs/d0"}}},{"properties":{"object_id":{"$ref":"#/$defs/d0"}}},{"properties":{"request_id":{"$ref":"#/$defs/d0"}}},{"properties":{"external_id":{"$ref":"#/$defs/d1"}}},{"properties":{"data":{"$ref":"#/$defs/d11"}}},{"properties":{"webhook_id":true,"webhook_type":true,"webhook_code":true,"process_type":true,"link_id":true,"object_id":true,"request_id":true,"external_id":true,"data":true},"additionalProperties":false}]};

function validate420(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate420.evaluated;
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
if(data.webhook_id === undefined){
const err1 = {instancePath,keyword:"required",params:{missingProperty: "webhook_id"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.webhook_id !== undefined){
if(!(validate54(data.webhook_id, {instancePath:instancePath+"/webhook_id",parentData:data,parentDataProperty:"webhook_id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.webhook_type === undefined){
const err2 = {instancePath,keyword:"required",params:{missingProperty: "webhook_type"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.webhook_type !== undefined){
if("INCOMES" !== data.webhook_type){
const err3 = {instancePath:instancePath+"/webhook_type",keyword:"const",params:{allowedValue: "INCOMES"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.webhook_code === undefined){
const err4 = {instancePath,keyword:"required",params:{missingProperty: "webhook_code"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.webhook_code !== undefined){
if(!(validate280(data.webhook_code, {instancePath:instancePath+"/webhook_code",parentData:data,parentDataProperty:"webhook_code",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate280.errors : vErrors.concat(validate280.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.process_type !== undefined){
if(!(validate282(data.process_type, {instancePath:instancePath+"/process_type",parentData:data,parentDataProperty:"process_type",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate282.errors : vErrors.concat(validate282.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.link_id !== undefined){
if(!(validate54(data.link_id, {instancePath:instancePath+"/link_id",parentData:data,parentDataProperty:"link_id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.object_id !== undefined){
if(!(validate54(data.object_id, {instancePath:instancePath+"/object_id",parentData:data,parentDataProperty:"object_id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
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
if(data.external_id !== undefined){
if(!(validate61(data.external_id, {instancePath:instancePath+"/external_id",parentData:data,parentDataProperty:"external_id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate61.errors : vErrors.concat(validate61.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.data !== undefined){
if(!(validate69(data.data, {instancePath:instancePath+"/data",parentData:data,parentDataProperty:"data",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate69.errors : vErrors.concat(validate69.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(func2.call(schema72.allOf[9].properties, key0))){
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
validate420.errors = vErrors;
return errors === 0;
}
validate420.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema73 = {"type":"object","allOf":[{"required":["webhook_id"],"properties":{"webhook_id":{"$ref":"#/$defs/d0"}}},{"required":["webhook_type"],"properties":{"webhook_type":{"const":"INVESTMENTS"}}},{"required":["webhook_code"],"properties":{"webhook_code":{"$ref":"#/$defs/d31"}}},{"properties":{"process_type":{"$ref":"#/$defs/d32"}}},{"properties":{"link_id":{"$ref":"#/$defs/d0"}}},{"properties":{"object_id":{"$ref":"#/$defs/d0"}}},{"properties":{"request_id":{"$ref":"#/$defs/d0"}}},{"properties":{"external_id":{"$ref":"#/$defs/d1"}}},{"properties":{"data":{"$ref":"#/$defs/d11"}}},{"properties":{"webhook_id":true,"webhook_type":true,"webhook_code":true,"process_type":true,"link_id":true,"object_id":true,"request_id":true,"external_id":true,"data":true},"additionalProperties":false}]};

function validate429(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate429.evaluated;
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
if(data.webhook_id === undefined){
const err1 = {instancePath,keyword:"required",params:{missingProperty: "webhook_id"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.webhook_id !== undefined){
if(!(validate54(data.webhook_id, {instancePath:instancePath+"/webhook_id",parentData:data,parentDataProperty:"webhook_id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.webhook_type === undefined){
const err2 = {instancePath,keyword:"required",params:{missingProperty: "webhook_type"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.webhook_type !== undefined){
if("INVESTMENTS" !== data.webhook_type){
const err3 = {instancePath:instancePath+"/webhook_type",keyword:"const",params:{allowedValue: "INVESTMENTS"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.webhook_code === undefined){
const err4 = {instancePath,keyword:"required",params:{missingProperty: "webhook_code"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.webhook_code !== undefined){
if(!(validate280(data.webhook_code, {instancePath:instancePath+"/webhook_code",parentData:data,parentDataProperty:"webhook_code",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate280.errors : vErrors.concat(validate280.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.process_type !== undefined){
if(!(validate282(data.process_type, {instancePath:instancePath+"/process_type",parentData:data,parentDataProperty:"process_type",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate282.errors : vErrors.concat(validate282.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.link_id !== undefined){
if(!(validate54(data.link_id, {instancePath:instancePath+"/link_id",parentData:data,parentDataProperty:"link_id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.object_id !== undefined){
if(!(validate54(data.object_id, {instancePath:instancePath+"/object_id",parentData:data,parentDataProperty:"object_id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
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
if(data.external_id !== undefined){
if(!(validate61(data.external_id, {instancePath:instancePath+"/external_id",parentData:data,parentDataProperty:"external_id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate61.errors : vErrors.concat(validate61.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.data !== undefined){
if(!(validate69(data.data, {instancePath:instancePath+"/data",parentData:data,parentDataProperty:"data",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate69.errors : vErrors.concat(validate69.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(func2.call(schema73.allOf[9].properties, key0))){
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
validate429.errors = vErrors;
return errors === 0;
}
validate429.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema74 = {"type":"object","allOf":[{"required":["webhook_id"],"properties":{"webhook_id":{"$ref":"#/$defs/d0"}}},{"required":["webhook_type"],"properties":{"webhook_type":{"const":"INVESTMENT_TRANSACTIONS"}}},{"required":["webhook_code"],"properties":{"webhook_code":{"$ref":"#/$defs/d31"}}},{"properties":{"process_type":{"$ref":"#/$defs/d32"}}},{"properties":{"link_id":{"$ref":"#/$defs/d0"}}},{"properties":{"object_id":{"$ref":"#/$defs/d0"}}},{"properties":{"request_id":{"$ref":"#/$defs/d0"}}},{"properties":{"external_id":{"$ref":"#/$defs/d1"}}},{"properties":{"data":{"$ref":"#/$defs/d11"}}},{"properties":{"webhook_id":true,"webhook_type":true,"webhook_code":true,"process_type":true,"link_id":true,"object_id":true,"request_id":true,"external_id":true,"data":true},"additionalProperties":false}]};

function validate438(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate438.evaluated;
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
if(data.webhook_id === undefined){
const err1 = {instancePath,keyword:"required",params:{missingProperty: "webhook_id"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.webhook_id !== undefined){
if(!(validate54(data.webhook_id, {instancePath:instancePath+"/webhook_id",parentData:data,parentDataProperty:"webhook_id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.webhook_type === undefined){
const err2 = {instancePath,keyword:"required",params:{missingProperty: "webhook_type"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.webhook_type !== undefined){
if("INVESTMENT_TRANSACTIONS" !== data.webhook_type){
const err3 = {instancePath:instancePath+"/webhook_type",keyword:"const",params:{allowedValue: "INVESTMENT_TRANSACTIONS"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.webhook_code === undefined){
const err4 = {instancePath,keyword:"required",params:{missingProperty: "webhook_code"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.webhook_code !== undefined){
if(!(validate280(data.webhook_code, {instancePath:instancePath+"/webhook_code",parentData:data,parentDataProperty:"webhook_code",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate280.errors : vErrors.concat(validate280.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.process_type !== undefined){
if(!(validate282(data.process_type, {instancePath:instancePath+"/process_type",parentData:data,parentDataProperty:"process_type",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate282.errors : vErrors.concat(validate282.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.link_id !== undefined){
if(!(validate54(data.link_id, {instancePath:instancePath+"/link_id",parentData:data,parentDataProperty:"link_id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.object_id !== undefined){
if(!(validate54(data.object_id, {instancePath:instancePath+"/object_id",parentData:data,parentDataProperty:"object_id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
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
if(data.external_id !== undefined){
if(!(validate61(data.external_id, {instancePath:instancePath+"/external_id",parentData:data,parentDataProperty:"external_id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate61.errors : vErrors.concat(validate61.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.data !== undefined){
if(!(validate69(data.data, {instancePath:instancePath+"/data",parentData:data,parentDataProperty:"data",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate69.errors : vErrors.concat(validate69.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(func2.call(schema74.allOf[9].properties, key0))){
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
validate438.errors = vErrors;
return errors === 0;
}
validate438.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema75 = {"type":"object","allOf":[{"required":["webhook_id"],"properties":{"webhook_id":{"$ref":"#/$defs/d0"}}},{"required":["webhook_type"],"properties":{"webhook_type":{"type":"string","maxLength":8192,"pattern":"^(?!(?:LINK|PAYMENT_INTENTS|ACCOUNTS|TRANSACTIONS|CHARGES|ENROLLMENTS|BANK_ACCOUNTS|CUSTOMERS|PAYMENT_AUTHORIZATIONS|OWNERS|INVOICES|BILLS|RECURRING_EXPENSES|RISK_INSIGHTS|INCOMES|INVESTMENTS|INVESTMENT_TRANSACTIONS)(?![\\s\\S]))"}}},{"required":["webhook_code"],"properties":{"webhook_code":{"$ref":"#/$defs/d0"}}},{"properties":{"process_type":{"$ref":"#/$defs/d0"}}},{"properties":{"link_id":{"$ref":"#/$defs/d0"}}},{"properties":{"object_id":{"$ref":"#/$defs/d0"}}},{"properties":{"request_id":{"$ref":"#/$defs/d0"}}},{"properties":{"external_id":{"$ref":"#/$defs/d1"}}},{"properties":{"data":{"$ref":"#/$defs/d11"}}},{"properties":{"webhook_id":true,"webhook_type":true,"webhook_code":true,"process_type":true,"link_id":true,"object_id":true,"request_id":true,"external_id":true,"data":true},"additionalProperties":{"$ref":"#/$defs/d11"}}]};
const pattern3 = new RegExp("^(?!(?:LINK|PAYMENT_INTENTS|ACCOUNTS|TRANSACTIONS|CHARGES|ENROLLMENTS|BANK_ACCOUNTS|CUSTOMERS|PAYMENT_AUTHORIZATIONS|OWNERS|INVOICES|BILLS|RECURRING_EXPENSES|RISK_INSIGHTS|INCOMES|INVESTMENTS|INVESTMENT_TRANSACTIONS)(?![\\s\\S]))", "u");

function validate447(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate447.evaluated;
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
if(data.webhook_id === undefined){
const err1 = {instancePath,keyword:"required",params:{missingProperty: "webhook_id"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.webhook_id !== undefined){
if(!(validate54(data.webhook_id, {instancePath:instancePath+"/webhook_id",parentData:data,parentDataProperty:"webhook_id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.webhook_type === undefined){
const err2 = {instancePath,keyword:"required",params:{missingProperty: "webhook_type"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.webhook_type !== undefined){
let data1 = data.webhook_type;
if(typeof data1 === "string"){
if(func1(data1) > 8192){
const err3 = {instancePath:instancePath+"/webhook_type",keyword:"maxLength",params:{limit: 8192}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(!pattern3.test(data1)){
const err4 = {instancePath:instancePath+"/webhook_type",keyword:"pattern",params:{pattern: "^(?!(?:LINK|PAYMENT_INTENTS|ACCOUNTS|TRANSACTIONS|CHARGES|ENROLLMENTS|BANK_ACCOUNTS|CUSTOMERS|PAYMENT_AUTHORIZATIONS|OWNERS|INVOICES|BILLS|RECURRING_EXPENSES|RISK_INSIGHTS|INCOMES|INVESTMENTS|INVESTMENT_TRANSACTIONS)(?![\\s\\S]))"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/webhook_type",keyword:"type",params:{type: "string"}};
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
if(data.webhook_code === undefined){
const err6 = {instancePath,keyword:"required",params:{missingProperty: "webhook_code"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
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
if(data.process_type !== undefined){
if(!(validate54(data.process_type, {instancePath:instancePath+"/process_type",parentData:data,parentDataProperty:"process_type",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.link_id !== undefined){
if(!(validate54(data.link_id, {instancePath:instancePath+"/link_id",parentData:data,parentDataProperty:"link_id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.object_id !== undefined){
if(!(validate54(data.object_id, {instancePath:instancePath+"/object_id",parentData:data,parentDataProperty:"object_id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
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
if(data.external_id !== undefined){
if(!(validate61(data.external_id, {instancePath:instancePath+"/external_id",parentData:data,parentDataProperty:"external_id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate61.errors : vErrors.concat(validate61.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.data !== undefined){
if(!(validate69(data.data, {instancePath:instancePath+"/data",parentData:data,parentDataProperty:"data",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate69.errors : vErrors.concat(validate69.errors);
errors = vErrors.length;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(func2.call(schema75.allOf[9].properties, key0))){
if(!(validate69(data[key0], {instancePath:instancePath+"/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data,parentDataProperty:key0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate69.errors : vErrors.concat(validate69.errors);
errors = vErrors.length;
}
}
}
}
validate447.errors = vErrors;
return errors === 0;
}
validate447.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

/** The payload kind belvo/webhook: its tag field and the validator of each member, lenient
 * and strict. */
export const VALIDATORS: PayloadValidators = {
  tag: "webhook_type",
  lenient: new Map([["LINK", validate53], ["PAYMENT_INTENTS", validate111], ["ACCOUNTS", validate128], ["TRANSACTIONS", validate138], ["CHARGES", validate148], ["ENROLLMENTS", validate158], ["BANK_ACCOUNTS", validate168], ["CUSTOMERS", validate178], ["PAYMENT_AUTHORIZATIONS", validate188], ["OWNERS", validate198], ["INVOICES", validate208], ["BILLS", validate218], ["RECURRING_EXPENSES", validate228], ["RISK_INSIGHTS", validate238], ["INCOMES", validate248], ["INVESTMENTS", validate258], ["INVESTMENT_TRANSACTIONS", validate268]]),
  strict: new Map([["LINK", validate278], ["PAYMENT_INTENTS", validate294], ["ACCOUNTS", validate312], ["TRANSACTIONS", validate321], ["CHARGES", validate330], ["ENROLLMENTS", validate339], ["BANK_ACCOUNTS", validate348], ["CUSTOMERS", validate357], ["PAYMENT_AUTHORIZATIONS", validate366], ["OWNERS", validate375], ["INVOICES", validate384], ["BILLS", validate393], ["RECURRING_EXPENSES", validate402], ["RISK_INSIGHTS", validate411], ["INCOMES", validate420], ["INVESTMENTS", validate429], ["INVESTMENT_TRANSACTIONS", validate438]]),
  fallback: validate447,
};
