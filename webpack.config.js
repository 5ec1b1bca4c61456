// webpack 5: the task pane (taskpane.html + bundle), the solver Web Worker (a separate bundle,
// found through `new Worker(new URL('./solver.worker.ts', import.meta.url))`), the harness page
// and its bundle, and the icons. `npm run build` → dist/; `npm run dev-server` → https://localhost:3000.
const path = require('path');
const webpack = require('webpack');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const fs = require('fs');

const OFFICE_JS_CDN = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
const DEV_PORT = 3000;

/** office-addin-dev-certs' localhost certificate; if trusting its CA fails (no admin rights),
 * still serve with the generated files and say how to trust them. */
async function httpsOptions() {
  const devCerts = require('office-addin-dev-certs');
  try {
    return await devCerts.getHttpsServerOptions();
  } catch (error) {
    const dir = path.join(require('os').homedir(), '.office-addin-dev-certs');
    const files = ['localhost.key', 'localhost.crt', 'ca.crt'].map((f) => path.join(dir, f));
    if (!files.every((f) => fs.existsSync(f))) throw error;
    console.warn(`dev-server: could not trust the developer CA (${error.message.split('\n')[0]}); serving with ${dir} anyway.` +
      ' Excel and browsers will refuse the page until you run `npx office-addin-dev-certs install` with admin rights.');
    const [key, cert, ca] = files.map((f) => fs.readFileSync(f));
    return { key, cert, ca };
  }
}

module.exports = async (env, argv) => {
  const serving = Boolean(process.env.WEBPACK_SERVE);
  const production = argv.mode !== 'development';

  const config = {
    entry: {
      taskpane: './src/taskpane/index.tsx',
      harness: './src/harness/index.tsx',
    },
    output: {
      path: path.resolve(__dirname, 'dist'),
      filename: production ? '[name].[contenthash:8].js' : '[name].js',
      chunkFilename: production ? '[name].[contenthash:8].js' : '[name].js',
      assetModuleFilename: '[name].[contenthash:8][ext]',
      clean: true,
    },
    devtool: production ? 'source-map' : 'eval-source-map',
    resolve: { extensions: ['.ts', '.tsx', '.mjs', '.js'] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: 'ts-loader',
            // Type checking runs separately (npm run typecheck); keep ESM so import() splits chunks.
            options: { transpileOnly: true, compilerOptions: { module: 'esnext', sourceMap: true } },
          },
        },
      ],
    },
    plugins: [
      // highs' ESM build imports node:module only on Node (guarded at run time); the browser never needs it.
      new webpack.IgnorePlugin({ resourceRegExp: /^(node:)?module$/ }),
      // Solvers read debug switches from process.env (Node); in the browser there are none.
      new webpack.DefinePlugin({ 'process.env': '{}' }),
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        template: './src/taskpane/taskpane.html',
        chunks: ['taskpane'],
        officeJs: serving ? '/office-js/office.js' : OFFICE_JS_CDN,
      }),
      new HtmlWebpackPlugin({ filename: 'harness.html', template: './src/harness/harness.html', chunks: ['harness'] }),
      new CopyWebpackPlugin({ patterns: [{ from: 'assets', to: 'assets', noErrorOnMissing: true }] }),
    ],
    performance: { hints: false },
    devServer: {
      port: DEV_PORT,
      headers: { 'Access-Control-Allow-Origin': '*' },
      // Offline development: Office.js from the npm package rather than the CDN.
      static: [{ directory: path.resolve(__dirname, 'node_modules/@microsoft/office-js/dist'), publicPath: '/office-js' }],
    },
  };

  if (serving) {
    // Lazy: only the dev server needs the localhost certificate (npx office-addin-dev-certs install).
    config.devServer.server = { type: 'https', options: await httpsOptions() };
  }
  return config;
};
