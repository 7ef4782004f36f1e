/**
 * The incident's objects as a graph (Cytoscape.js, fetched only with this file): objects are
 * nodes, relationships and embedded references are edges. By keyboard: the arrows pan, + and −
 * zoom, 0 fits, N and P step through the objects and the chosen one is described beside the
 * graph. The table view lists the same objects for anyone who would rather read.
 */
import cytoscape, { type Core } from 'cytoscape';
import { type KeyboardEvent, useEffect, useMemo, useRef, useState } from 'react';
import { useT } from '../../i18n/i18n';
import { graphOf, type StixLike } from '../../lib/stix';

/** Colours per kind of object, each paired with its name in the legend (never colour alone). */
const COLOURS: Record<string, string> = {
  incident: '#8a1c1c',
  indicator: '#0b5cad',
  malware: '#b35900',
  infrastructure: '#5a3d99',
  'threat-actor': '#6b1f5c',
  'attack-pattern': '#2f6f3a',
  sighting: '#007a7a',
  vulnerability: '#9a6b00',
  identity: '#55606e',
};
const OTHER = '#7a8594';
/** Above this many nodes, labels show only when zoomed in and the force layout gives way to rings. */
const LARGE = 400;

/**
 * Cytoscape adds one small style element of its own unless one with its id is there. Under the
 * console's content security policy it must carry the page's nonce, so it is put there first.
 */
function provideCytoscapeStylesheet() {
  const id = '__________cytoscape_stylesheet';
  if (document.getElementById(id)) return;
  const style = document.createElement('style');
  style.id = id;
  const nonce = document.querySelector<HTMLMetaElement>('meta[property="csp-nonce"]')?.nonce;
  if (nonce) style.nonce = nonce;
  style.textContent = '.__________cytoscape_container { position: relative; }';
  document.head.prepend(style);
}

export default function ObjectGraph({ objects }: { objects: readonly StixLike[] }) {
  const t = useT();
  const box = useRef<HTMLDivElement>(null);
  const cy = useRef<Core | null>(null);
  const [chosen, setChosen] = useState<{ id: string; type: string; label: string; degree: number } | null>(
    null,
  );
  const graph = useMemo(() => graphOf(objects), [objects]);
  const order = useRef(0);

  useEffect(() => {
    if (!box.current) return;
    provideCytoscapeStylesheet();
    const large = graph.nodes.length > LARGE;
    const started = performance.now();
    const instance = cytoscape({
      container: box.current,
      elements: [
        ...graph.nodes.map((n) => ({ data: { id: n.id, label: n.label, type: n.type } })),
        ...graph.edges.map((e) => ({
          data: { id: e.id, source: e.source, target: e.target, label: e.label },
        })),
      ],
      style: [
        {
          selector: 'node',
          style: {
            'background-color': (n: cytoscape.NodeSingular) => COLOURS[n.data('type') as string] ?? OTHER,
            label: 'data(label)',
            'font-size': 10,
            'text-wrap': 'ellipsis',
            'text-max-width': '110px',
            'text-valign': 'bottom',
            'text-margin-y': 3,
            'min-zoomed-font-size': large ? 9 : 0,
            width: 18,
            height: 18,
          },
        },
        {
          selector: 'edge',
          style: {
            width: 1,
            'line-color': '#9aa5b1',
            'target-arrow-color': '#9aa5b1',
            'target-arrow-shape': 'triangle',
            'curve-style': large ? 'haystack' : 'bezier',
          },
        },
        { selector: 'node:selected', style: { 'border-width': 4, 'border-color': '#111' } },
      ],
      layout: large
        ? { name: 'concentric', concentric: (n) => n.degree(false), levelWidth: () => 2, animate: false }
        : {
            name: 'cose',
            animate: false,
            // Started from random places: from one point (where new nodes sit) the forces barely
            // separate them, and labels pile up.
            randomize: true,
            nodeRepulsion: () => 400_000,
            idealEdgeLength: () => 100,
            fit: true,
            padding: 40,
          },
      // A handful of objects is not blown up to fill the box: labels keep their size.
      maxZoom: 1.2,
      minZoom: 0.02,
      textureOnViewport: large,
      hideEdgesOnViewport: large,
      wheelSensitivity: 0.3,
    });
    // The whole graph in view, with room for the labels under the nodes.
    instance.fit(undefined, 40);
    instance.on('select', 'node', (event) => {
      const n = event.target as cytoscape.NodeSingular;
      setChosen({ id: n.id(), type: n.data('type'), label: n.data('label'), degree: n.degree(false) });
    });
    instance.one('render', () =>
      performance.measure('comity:incident-graph', { start: started, detail: graph.nodes.length }),
    );
    cy.current = instance;
    return () => {
      instance.destroy();
      cy.current = null;
    };
  }, [graph]);

  const keys = (e: KeyboardEvent) => {
    const c = cy.current;
    if (!c) return;
    const pan = 60;
    const step = (delta: number) => {
      const nodes = c.nodes();
      if (nodes.length === 0) return;
      order.current = (order.current + delta + nodes.length) % nodes.length;
      const n = nodes[order.current]!;
      c.nodes().unselect();
      n.select();
      c.center(n);
    };
    // A switch, not a table of handlers: each key does one small thing to the viewport.
    switch (e.key) {
      case 'ArrowLeft':
        c.panBy({ x: pan, y: 0 });
        break;
      case 'ArrowRight':
        c.panBy({ x: -pan, y: 0 });
        break;
      case 'ArrowUp':
        c.panBy({ x: 0, y: pan });
        break;
      case 'ArrowDown':
        c.panBy({ x: 0, y: -pan });
        break;
      case '+':
      case '=':
        c.zoom(c.zoom() * 1.25);
        break;
      case '-':
        c.zoom(c.zoom() / 1.25);
        break;
      case '0':
        c.fit(undefined, 20);
        break;
      case 'n':
      case 'N':
        step(1);
        break;
      case 'p':
      case 'P':
        step(-1);
        break;
      default:
        return;
    }
    e.preventDefault();
  };

  const present = [...new Set(graph.nodes.map((n) => n.type))].sort();
  return (
    <div className="graph">
      <p className="muted">
        {t('graph.summary', { nodes: graph.nodes.length, edges: graph.edges.length })} {t('graph.keys')}
      </p>
      <div
        ref={box}
        className="graph-canvas"
        role="application"
        aria-roledescription={t('graph.role')}
        aria-label={t('graph.label', { nodes: graph.nodes.length })}
        aria-describedby="graph-chosen"
        // biome-ignore lint/a11y/noNoninteractiveTabindex: the graph takes keys (pan, zoom, step through)
        tabIndex={0}
        onKeyDown={keys}
        dir="ltr"
      />
      <p id="graph-chosen" aria-live="polite" className="graph-chosen">
        {chosen
          ? t('graph.chosen', { type: chosen.type, label: chosen.label, links: chosen.degree })
          : t('graph.noneChosen')}
      </p>
      <ul className="legend" aria-label={t('graph.legend')}>
        {present.map((type) => (
          <li key={type}>
            <span className="swatch" style={{ background: COLOURS[type] ?? OTHER }} aria-hidden="true" />
            <code>{type}</code>
          </li>
        ))}
      </ul>
    </div>
  );
}
