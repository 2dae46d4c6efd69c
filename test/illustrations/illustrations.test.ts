import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { render } from 'lit';
import { EXERCISES, EXERCISE_IDS } from '../../src/model/catalog.js';
import {
  hasIllustration,
  illustrationAlt,
  illustrationStyles,
  renderIllustration,
  type IllustrationOptions,
} from '../../src/illustrations/illustrations.js';
import { floorGap, solvePose, type Joint, type Pose } from '../../src/illustrations/figure.js';
import { DRAWINGS } from '../../src/illustrations/poses.js';
import { DRAWING_FRAMES } from '../../src/shared/exercise-media.js';

/** Renders a drawing into a shadow root that adopts the drawing styles, as an element would. */
async function draw(exerciseId: string, options: IllustrationOptions = {}, width = 400): Promise<{ host: HTMLElement; svg: SVGSVGElement }> {
  const host = await fixture<HTMLElement>(html`<div></div>`);
  host.style.width = `${width}px`;
  const root = host.attachShadow({ mode: 'open' });
  root.adoptedStyleSheets = [illustrationStyles.styleSheet!];
  render(renderIllustration(exerciseId, options), root);
  return { host, svg: root.querySelector('svg')! };
}

const POSITIONS = ['start', 'held', 'both'] as const;
const SIDES = ['left', 'right'] as const;
const poses = Object.entries(DRAWINGS).flatMap(([id, drawing]) => [
  [`${id} start`, drawing.start] as const,
  [`${id} held`, drawing.held] as const,
]);

describe('exercise drawings', () => {
  afterEach(() => emulateMedia({ reducedMotion: 'no-preference' }));

  describe('catalog coverage', () => {
    for (const id of EXERCISE_IDS) {
      it(`draws ${id} as an image with a text alternative for both positions`, async () => {
        expect(hasIllustration(id)).to.be.true;
        const { svg } = await draw(id);
        expect(svg.getAttribute('role')).to.equal('img');
        const label = svg.getAttribute('aria-label') ?? '';
        expect(label).to.match(/^Starting position.+ Held position: .+\.$/);
        expect(label).to.equal(illustrationAlt(id));
        for (const position of ['start', 'held']) {
          const group = svg.querySelector(`.pose.${position}`)!;
          expect(group.querySelectorAll('path').length, `${position} strokes`).to.be.greaterThan(10);
          expect(group.querySelector('circle'), `${position} head`).to.exist;
        }
        const box = svg.getBoundingClientRect();
        expect(box.width).to.equal(400);
        expect(box.height, 'keeps the drawing proportions').to.be.within(60, 500);
      });
    }

    it('has the frame each card keeps for its drawing before the drawings arrive', async () => {
      for (const id of EXERCISE_IDS) {
        const { svg } = await draw(id);
        const [, , width, height] = svg.getAttribute('viewBox')!.split(' ').map(Number);
        expect([width, height], id).to.deep.equal([...DRAWING_FRAMES[id]]);
      }
      expect(Object.keys(DRAWING_FRAMES)).to.have.members([...EXERCISE_IDS]);
    });

    it('labels a single position with that position only', async () => {
      const { svg: start } = await draw('half-crunch', { position: 'start' });
      const { svg: held } = await draw('half-crunch', { position: 'held' });
      expect(start.getAttribute('aria-label')).to.match(/^Starting position: lying on the back, knees bent/);
      expect(held.getAttribute('aria-label')).to.match(/^Held position: shoulders lifted just off the floor/);
    });

    it('names the side that is drawn for exercises done on each side', async () => {
      for (const exercise of EXERCISES) {
        const left = illustrationAlt(exercise.id, 'left')!;
        const right = illustrationAlt(exercise.id, 'right')!;
        if (exercise.dose.eachSide) {
          expect(left, exercise.id).to.match(/\bleft\b/);
          expect(right, exercise.id).to.match(/\bright\b/);
          expect(left).to.not.equal(right);
        } else {
          expect(left, exercise.id).to.equal(right);
        }
      }
      expect(illustrationAlt('knee-to-chest', 'right')).to.contain('the right knee bent and pulled gently towards the chest');
    });

    it('has nothing for an unknown id, including names inherited by every object', async () => {
      for (const id of ['no-such-exercise', 'toString', '__proto__', '']) {
        expect(renderIllustration(id), id).to.equal(null);
        expect(hasIllustration(id), id).to.be.false;
        expect(illustrationAlt(id), id).to.equal(null);
      }
    });
  });

  describe('sides and positions', () => {
    it('mirrors the right side of every drawing', async () => {
      for (const id of EXERCISE_IDS) {
        const { svg: left } = await draw(id, { position: 'held' });
        const { svg: right } = await draw(id, { side: 'right', position: 'held' });
        expect(left.querySelector<SVGGElement>('.scene')!.getScreenCTM()!.a, id).to.be.greaterThan(0);
        expect(right.querySelector<SVGGElement>('.scene')!.getScreenCTM()!.a, id).to.be.lessThan(0);
        // The head, and the arrow's head, sit as far from the left edge on the left side as from the right edge on the right side.
        const leftFrame = left.getBoundingClientRect();
        const rightFrame = right.getBoundingClientRect();
        for (const part of ['.held circle', '.held .arrow-head']) {
          const leftPart = left.querySelector(part)!.getBoundingClientRect();
          const rightPart = right.querySelector(part)!.getBoundingClientRect();
          expect(rightPart.width, `${id} ${part}`).to.be.closeTo(leftPart.width, 0.5);
          expect(rightFrame.right - rightPart.right, `${id} ${part}`).to.be.closeTo(leftPart.left - leftFrame.left, 1);
        }
        // Seen from the feet (the twist), the head is in the middle; the arrow never is.
        const arrow = left.querySelector('.held .arrow-head')!.getBoundingClientRect();
        expect(Math.abs(arrow.left - leftFrame.left - (leftFrame.right - arrow.right)), `${id}: arrow off centre`).to.be.greaterThan(20);
      }
    });

    it('draws only the asked position, on the same frame for all positions', async () => {
      const { svg: start } = await draw('push-up-back-extension', { position: 'start' });
      const { svg: held } = await draw('push-up-back-extension', { position: 'held' });
      const { svg: both } = await draw('push-up-back-extension', { position: 'both', animate: false });
      expect(start.querySelectorAll('.pose').length).to.equal(1);
      expect(start.querySelector('.pose.start')).to.exist;
      expect(held.querySelectorAll('.pose').length).to.equal(1);
      expect(held.querySelector('.pose.held')).to.exist;
      expect(both.querySelectorAll('.pose').length).to.equal(2);
      expect(start.getAttribute('viewBox')).to.equal(held.getAttribute('viewBox'));
      expect(both.getAttribute('viewBox')).to.equal(held.getAttribute('viewBox'));
      expect(start.querySelector('.start')!.innerHTML, 'start and held differ').to.not.equal(held.querySelector('.held')!.innerHTML);
    });

    it('draws the held position over a faint start when it does not move', async () => {
      const { svg } = await draw('assisted-back-extension', { animate: false });
      expect(svg.getAnimations({ subtree: true })).to.have.length(0);
      expect(Number(getComputedStyle(svg.querySelector('.start')!).opacity)).to.be.within(0.2, 0.4);
      expect(getComputedStyle(svg.querySelector('.held')!).opacity).to.equal('1');
    });

    it('never uses a style attribute or element, for a strict style-src policy', async () => {
      for (const id of EXERCISE_IDS) {
        for (const side of SIDES) {
          for (const position of POSITIONS) {
            for (const animate of [true, false]) {
              const { svg } = await draw(id, { side, position, animate });
              expect(svg.querySelectorAll('[style], style'), `${id} ${side} ${position}`).to.have.length(0);
              expect(svg.hasAttribute('style')).to.be.false;
            }
          }
        }
      }
    });
  });

  describe('motion', () => {
    it('fades slowly between the positions, animating opacity only', async () => {
      const { svg } = await draw('knee-to-chest');
      const animations = svg.getAnimations({ subtree: true });
      expect(animations).to.have.length(2);
      for (const animation of animations) {
        const effect = animation.effect as KeyframeEffect;
        expect(effect.getTiming().duration).to.be.within(4000, 6000);
        expect(effect.getTiming().iterations).to.equal(Infinity);
        const properties = new Set(effect.getKeyframes().flatMap((frame) => Object.keys(frame)));
        for (const meta of ['offset', 'computedOffset', 'easing', 'composite']) properties.delete(meta);
        expect([...properties]).to.deep.equal(['opacity']);
      }
    });

    it('stands still on the held position under prefers-reduced-motion', async () => {
      await emulateMedia({ reducedMotion: 'reduce' });
      const { svg } = await draw('knee-to-chest');
      expect(svg.getAnimations({ subtree: true })).to.have.length(0);
      expect(getComputedStyle(svg.querySelector('.held')!).opacity).to.equal('1');
      expect(Number(getComputedStyle(svg.querySelector('.start')!).opacity)).to.be.lessThan(0.5);
    });
  });

  describe('colours', () => {
    it('draws in the current text colour, or --back-exercise-figure-color', async () => {
      const { host, svg } = await draw('half-crunch');
      host.style.color = 'rgb(10, 20, 30)';
      const pose = svg.querySelector('.held')!;
      const torso = pose.querySelector('path.solid')!;
      expect(getComputedStyle(pose).stroke).to.equal('rgb(10, 20, 30)');
      expect(getComputedStyle(torso).fill).to.equal('rgb(10, 20, 30)');
      host.style.setProperty('--back-exercise-figure-color', 'rgb(200, 0, 100)');
      expect(getComputedStyle(pose).stroke).to.equal('rgb(200, 0, 100)');
      expect(getComputedStyle(torso).fill).to.equal('rgb(200, 0, 100)');
      expect(getComputedStyle(svg.querySelector('.mat-edge, .floor')!).fill, 'the floor keeps its own muted colour').to.not.equal('rgb(200, 0, 100)');
    });

    it('cuts the gaps around crossing limbs in --back-exercise-drawing-background', async () => {
      const { host, svg } = await draw('knee-to-chest');
      const gap = svg.querySelector('.held .gap')!;
      host.style.setProperty('--back-exercise-drawing-background', 'rgb(250, 240, 230)');
      expect(getComputedStyle(gap).stroke).to.equal('rgb(250, 240, 230)');
      host.style.removeProperty('--back-exercise-drawing-background');
      expect(getComputedStyle(gap).stroke, 'Canvas of a light page').to.equal('rgb(255, 255, 255)');
    });

    it('switches to system colours in forced-colors mode', () => {
      const rule = [...illustrationStyles.styleSheet!.cssRules].find(
        (candidate): candidate is CSSMediaRule => candidate instanceof CSSMediaRule && candidate.conditionText === '(forced-colors: active)',
      );
      expect(rule).to.exist;
      const text = rule!.cssText;
      expect(text).to.match(/\.pose \{ stroke: canvastext; \}/i);
      expect(text).to.match(/\.solid \{ fill: canvastext; \}/i);
    });
  });

  describe('poses', () => {
    for (const [name, pose] of poses) {
      it(`${name} rests on the floor at the parts it names, and nothing sinks below it`, () => {
        const body = solvePose(pose);
        const gaps = (Object.keys(body.joints) as Joint[]).map((joint) => floorGap(body, joint));
        expect(Math.min(...gaps), 'lowest joint').to.be.within(-0.01, 1.5);
        for (const joint of pose.floor) expect(floorGap(body, joint), joint).to.be.within(-0.01, 1.5);
      });

      it(`${name} bends knees and elbows only the way they bend`, () => {
        const limbs: [string, Pose['leftLeg']][] = [
          ['left knee', pose.leftLeg],
          ['right knee', pose.rightLeg],
          ['left elbow', pose.leftArm],
          ['right elbow', pose.rightArm],
        ];
        for (const [joint, [, bend]] of limbs) expect(bend, joint).to.be.within(0, 155);
        for (const [part, [flexion = 0] = []] of [
          ['lower back', pose.lowerBack],
          ['upper back', pose.upperBack],
          ['neck', pose.neck],
        ] as const) {
          expect(flexion, part).to.be.within(-45, 45);
        }
      });
    }

    it('moves each exercise visibly between start and held', () => {
      for (const [id, drawing] of Object.entries(DRAWINGS)) {
        const start = solvePose(drawing.start).joints;
        const held = solvePose(drawing.held).joints;
        const moved = (Object.keys(start) as Joint[]).map((joint) => Math.hypot(...start[joint].map((value, axis) => value - held[joint][axis])));
        expect(Math.max(...moved), id).to.be.greaterThan(15);
      }
    });
  });
});
