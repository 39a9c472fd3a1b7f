// Builds the page script of CAIRE's Voila apps into jupyter-data/voila/templates/caire/static/ (committed, as
// the built notebooks are, so that learners, Binder and the hub need no Node.js).
//
//   npm ci && node build.mjs           rebuild it (after changing src/ or package.json)
//   npm ci && node build.mjs --check   fail if what is committed is not what src/ builds (make test runs it)

import * as esbuild from 'esbuild';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const STATIC = join(here, '..', 'jupyter-data', 'voila', 'templates', 'caire', 'static');

// html-manager can also draw ipywidgets 7 widgets, with a second copy of ipywidgets (178 kB of the bundle).
// The course's kernels run ipywidgets 8 only: say so if a widget of 7 ever arrives.
const noIpywidgets7 = {
  name: 'no-ipywidgets-7',
  setup(build) {
    build.onResolve({ filter: /^@jupyter-widgets\/(base7|controls7)(\/|$)/ }, (args) => ({
      path: args.path,
      namespace: 'ipywidgets-7'
    }));
    build.onLoad({ filter: /.*/, namespace: 'ipywidgets-7' }, (args) => ({
      contents: `throw new Error(${JSON.stringify(`${args.path}: this page draws ipywidgets 8 widgets only`)});`,
      loader: 'js'
    }));
  }
};

// html-manager adds ipywidgets' copy of JupyterLab's theme variables when a page has no theme; an app page
// has JupyterLab's own theme (light, or dark with ?theme=dark), which that copy would override.
const themeFromThePage = {
  name: 'theme-from-the-page',
  setup(build) {
    build.onResolve({ filter: /^@jupyter-widgets\/controls\/css\/labvariables\.css$/ }, (args) => ({
      path: args.path,
      namespace: 'no-labvariables'
    }));
    build.onLoad({ filter: /.*/, namespace: 'no-labvariables' }, () => ({ contents: '', loader: 'css' }));
  }
};

// Font Awesome lists each font in five formats; every browser the course supports reads WOFF2, and the
// others would only add files (2 MB) to the repository.
const woff2Only = {
  name: 'woff2-only',
  setup(build) {
    build.onLoad({ filter: /@fortawesome[\\/]fontawesome-free[\\/]css[\\/].*\.css$/ }, (args) => {
      const css = readFileSync(args.path, 'utf8').replace(/src:([^;}]*);?/g, (_all, sources) => {
        const woff2 = sources.match(/url\([^)]*\.woff2\)\s*format\(["']woff2["']\)/);
        return woff2 ? `src:${woff2[0]};` : '';
      });
      return { contents: css, loader: 'css' };
    });
  }
};

// The licence of every package with code or styles in the bundle, next to it (they are all MIT, BSD, ISC or,
// for Font Awesome's fonts, SIL OFL: each asks for its notice to travel with the code).
function licences(metafile) {
  const packages = new Set();
  for (const output of Object.values(metafile.outputs)) {
    for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
      const found = input.match(/^(node_modules\/(@[^/]+\/)?[^/]+)\//);
      if (found && bytesInOutput > 0) {
        packages.add(found[1]);
      }
    }
  }
  const sections = [...packages].sort().map((folder) => {
    const about = JSON.parse(readFileSync(join(here, folder, 'package.json'), 'utf8'));
    const file = readdirSync(join(here, folder)).find((name) => /^(licen[cs]e|copying)(\.(md|txt))?$/i.test(name));
    const text = file ? readFileSync(join(here, folder, file), 'utf8').trim() : `License: ${about.license}`;
    return `${about.name} ${about.version} (${about.license})\n\n${text}\n`;
  });
  return `Third-party software in caire-app.js and caire-app.css (frontend/package.json)\n\n${sections.join('\n' + '-'.repeat(78) + '\n\n')}`;
}

async function build(outdir) {
  rmSync(outdir, { recursive: true, force: true });
  mkdirSync(outdir, { recursive: true });
  const result = await esbuild.build({
    entryPoints: [join(here, 'src', 'index.js')],
    bundle: true,
    minify: true,
    format: 'iife',
    target: ['chrome100', 'firefox100', 'safari15'],
    outdir,
    entryNames: 'caire-app',
    assetNames: '[name]-[hash]',
    loader: { '.woff2': 'file', '.svg': 'text' }, // JupyterLab's icons are SVG text
    legalComments: 'none', // every licence is in caire-app.LICENSES.txt
    metafile: true,
    banner: { js: '/* CAIRE app page script: built by frontend/build.mjs from frontend/src, do not edit. */' },
    plugins: [noIpywidgets7, themeFromThePage, woff2Only],
    logLevel: 'warning'
  });
  writeFileSync(join(outdir, 'caire-app.LICENSES.txt'), licences(result.metafile));
}

function files(folder) {
  return Object.fromEntries(readdirSync(folder).sort().map((name) => [name, readFileSync(join(folder, name))]));
}

if (process.argv.includes('--check')) {
  const fresh = mkdtempSync(join(tmpdir(), 'caire-frontend-'));
  try {
    await build(fresh);
    const built = files(fresh);
    let committed = {};
    try {
      committed = files(STATIC);
    } catch {
      // no static folder: every built file is missing
    }
    const differ = [...new Set([...Object.keys(built), ...Object.keys(committed)])].filter(
      (name) => !(name in built && name in committed && built[name].equals(committed[name]))
    );
    if (differ.length) {
      console.error(`The app page script in ${STATIC} is not what frontend/src builds (${differ.join(', ')}).`);
      console.error('Rebuild it: cd frontend && npm ci && node build.mjs');
      process.exit(1);
    }
    console.log(`frontend: ${Object.keys(built).length} files in jupyter-data/voila/templates/caire/static are what frontend/src builds`);
  } finally {
    rmSync(fresh, { recursive: true, force: true });
  }
} else {
  await build(STATIC);
  console.log(`frontend: built ${readdirSync(STATIC).join(', ')}`);
}
