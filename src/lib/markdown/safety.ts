/** Everything in topic Markdown that must never reach a page: raw HTML, images, unsafe links, stray directives. */
import type { Root } from 'mdast';
import type { MoreDetail } from './nodes.ts';
import { MORE_DETAIL } from './transforms/disclosures.ts';
import { eachNode } from './walk.ts';

export interface BodyFinding {
  line: number | undefined;
  message: string;
}

const SAFE_URL = /^(https?:|mailto:|\/|#|\.\.?\/)/i;

/** True for links a reader can follow safely: web, mail, and links within the site. */
export function isSafeUrl(url: string): boolean {
  return SAFE_URL.test(url.trim());
}

export function findUnsafeMarkdown(root: Root): BodyFinding[] {
  const findings: BodyFinding[] = [];
  eachNode(root, (node) => {
    const line = node.position?.start.line;
    switch (node.type) {
      case 'html':
        findings.push({
          line,
          message: `raw HTML is not allowed (${JSON.stringify(node.value.slice(0, 40))}); write it in Markdown instead`,
        });
        break;
      case 'image':
      case 'imageReference':
        findings.push({ line, message: 'images are not allowed in topic text; describe the content in words' });
        break;
      case 'link':
        if (!isSafeUrl(node.url)) {
          findings.push({
            line,
            message: `the link "${node.url}" is not allowed; links must start with https://, http://, mailto: or / (a page of the atlas)`,
          });
        }
        break;
      case 'definition':
        if (!isSafeUrl(node.url)) {
          findings.push({
            line,
            message: `the link definition "${node.url}" is not allowed; use https:// or a page of the atlas`,
          });
        }
        break;
      case 'footnoteReference':
      case 'footnoteDefinition':
        findings.push({ line, message: 'footnotes are not used; cite sources with [@key]' });
        break;
      case 'containerDirective':
        findings.push({
          line,
          message: `":::${node.name}" is not a known block; the only one is ":::${MORE_DETAIL}[label]"`,
        });
        break;
      case 'moreDetail':
        findings.push(...moreDetailFindings(node, line));
        break;
      default:
        break;
    }
  });
  return findings;
}

function moreDetailFindings(node: MoreDetail, line: number | undefined): BodyFinding[] {
  const findings: BodyFinding[] = [];
  if (node.hasAttributes) {
    findings.push({
      line,
      message: `":::${MORE_DETAIL}" takes a label in [brackets] and no {attributes}; remove them`,
    });
  }
  if (node.children.length === 0) {
    findings.push({ line, message: `the "${MORE_DETAIL}" block is empty; write its text or remove it` });
  }
  if (node.closing.kind === 'missing') {
    findings.push({
      line,
      message: `the "${MORE_DETAIL}" block is never closed, so everything after it would be hidden inside it; end it with a line of ":::"`,
    });
  } else if (node.closing.kind === 'fence-with-text') {
    findings.push({
      line: node.position?.end.line,
      message: `the ":::" that closes the "${MORE_DETAIL}" block has text after it (${JSON.stringify(node.closing.text.slice(0, 40))}), which would be lost; put ":::" alone on its line`,
    });
  }
  for (const child of node.children) {
    eachNode(child, (inner) => {
      if (inner.type === 'heading') {
        findings.push({
          line: inner.position?.start.line,
          message: `a heading inside ":::${MORE_DETAIL}" is not allowed; use its [label] or bold text instead`,
        });
      } else if (inner.type === 'moreDetail') {
        findings.push({
          line: inner.position?.start.line,
          message: `":::${MORE_DETAIL}" blocks cannot be nested; close the first with ":::" before opening another`,
        });
      }
    });
  }
  return findings;
}
