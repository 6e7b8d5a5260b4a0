// Draws every ```mermaid block of a Markdown file with the Mermaid that mermaid-cli bundles, in one page of one
// browser (mermaid-cli's own renderMermaid opens a page and loads Mermaid again for each diagram, which takes
// minutes for a few dozen on a busy machine), and fails naming each diagram that does not parse or draw. Run from
// the directory where @mermaid-js/mermaid-cli is installed: node mermaid-render.mjs DIAGRAMS.md OUT_DIR CHROMIUM
import fs from 'node:fs'
import path from 'node:path'
import puppeteer from 'puppeteer'
import { createRequire } from 'node:module'

const require = createRequire(path.join(process.cwd(), 'package.json'))
// the same script mermaid-cli loads into its page: mermaid.js next to the package's entry point
const mermaidScript = path.join(path.dirname(require.resolve('mermaid')), 'mermaid.js')

const [input, out, chromium] = process.argv.slice(2)
const text = fs.readFileSync(input, 'utf8')
const diagrams = []
let heading = 'diagram'
const lines = text.split('\n')
for (let i = 0; i < lines.length; i++) {
  if (lines[i].startsWith('## ')) {
    heading = lines[i].slice(3)
  } else if (lines[i] === '```mermaid') {
    const body = []
    for (i++; i < lines.length && lines[i] !== '```'; i++) {
      body.push(lines[i])
    }
    diagrams.push({ name: heading, definition: body.join('\n') + '\n' })
  }
}
fs.mkdirSync(out, { recursive: true })
const browser = await puppeteer.launch({ executablePath: chromium, headless: true, args: ['--no-sandbox', '--disable-gpu'] })
const failed = []
try {
  const page = await browser.newPage()
  await page.setContent('<!DOCTYPE html><html><body><div id="container"></div></body></html>')
  await page.addScriptTag({ path: mermaidScript })
  const results = await page.evaluate(async (definitions) => {
    /* global mermaid */
    mermaid.initialize({ startOnLoad: false, securityLevel: 'strict' })
    const drawn = []
    for (const [index, definition] of definitions.entries()) {
      try {
        await mermaid.parse(definition)
        const { svg } = await mermaid.render(`diagram-${index}`, definition)
        drawn.push({ svg })
      } catch (e) {
        drawn.push({ error: String((e && e.message) || e) })
      }
    }
    return drawn
  }, diagrams.map((d) => d.definition))
  results.forEach((result, index) => {
    // Touchmap writes one task per line indented by four spaces: the drawing must have exactly those, so that no
    // text from a map can have added a task or a section, or swallowed one
    const tasks = diagrams[index].definition.split('\n').filter((line) => /^ {4}\S/.test(line)).length
    const drawn = result.svg ? (result.svg.match(/class="task task-type-\d+"/g) || []).length : -1
    if (result.error || !result.svg.includes('<svg') || /Syntax error|Parse error/i.test(result.svg)) {
      failed.push(`${diagrams[index].name}: ${(result.error || 'mermaid drew an error instead of the diagram').split('\n')[0]}`)
    } else if (drawn !== tasks) {
      failed.push(`${diagrams[index].name}: ${drawn} tasks drawn for ${tasks} written`)
    } else {
      fs.writeFileSync(path.join(out, `${String(index + 1).padStart(3, '0')}.svg`), result.svg)
    }
  })
} finally {
  await browser.close()
}
if (failed.length > 0) {
  console.error(`mermaid-cli could not draw ${failed.length} of ${diagrams.length} diagrams:\n- ${failed.join('\n- ')}`)
  process.exit(1)
}
console.log(`mermaid-cli drew all ${diagrams.length} diagrams`)
