import path from 'node:path';
import { feature, layers } from './layers.js';

const root = path.resolve(import.meta.dirname, '..');

/** The repo-relative folder a file belongs to, with the rule that governs it; null outside every layer. */
function layerOf(file) {
  let best = null;
  for (const layer of layers) {
    if (file === layer.folder || file.startsWith(`${layer.folder}/`)) {
      if (!best || layer.folder.length > best.folder.length) best = layer;
    }
  }
  // A folder directly under src/renderer that no layer names is a feature.
  const prefix = `${feature.parent}/`;
  if (best && best.folder === feature.parent && file.startsWith(prefix)) {
    const rest = file.slice(prefix.length);
    const slash = rest.indexOf('/');
    if (slash > 0)
      return { folder: `${prefix}${rest.slice(0, slash)}`, allow: feature.allow, why: feature.why };
  }
  return best;
}

function contains(folder, file) {
  return file === folder || file.startsWith(`${folder}/`);
}

/** @type {import('eslint').Rule.RuleModule} */
export const enforceLayers = {
  meta: {
    type: 'problem',
    docs: { description: 'Keeps each folder to the imports its layer allows (lint/layers.js).' },
    schema: [],
  },
  create(context) {
    const file = path.relative(root, context.filename).split(path.sep).join('/');
    const layer = layerOf(file);
    // Tests are not shipped: they may set up real parts from anywhere (a server for a client, say).
    if (!layer || /\.test\.tsx?$/.test(file)) return {};

    function check(node, specifier) {
      if (typeof specifier !== 'string' || !specifier.startsWith('.')) return;
      const target = path
        .relative(root, path.resolve(path.dirname(context.filename), specifier))
        .split(path.sep)
        .join('/');
      if (contains(layer.folder, target)) return;
      if (layer.allow.some((folder) => contains(folder, target))) return;
      const targetLayer = layerOf(target);
      context.report({
        node,
        message: `${layer.folder}/ may not import ${targetLayer ? `${targetLayer.folder}/` : target}: ${layer.why}.`,
      });
    }

    return {
      ImportDeclaration: (node) => check(node.source, node.source.value),
      ExportNamedDeclaration: (node) => node.source && check(node.source, node.source.value),
      ExportAllDeclaration: (node) => check(node.source, node.source.value),
      ImportExpression: (node) => node.source.type === 'Literal' && check(node.source, node.source.value),
    };
  },
};
