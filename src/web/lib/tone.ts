/** A short two-note tone for an arriving request, made with Web Audio (no file to fetch). */
export function playArrivalTone(): void {
  const AudioCtx = globalThis.AudioContext;
  if (!AudioCtx) return;
  const ctx = new AudioCtx();
  const notes = [880, 1320];
  notes.forEach((frequency, i) => {
    const osc = ctx.createOscillator();
    const gain = ctx.createGain();
    osc.frequency.value = frequency;
    gain.gain.setValueAtTime(0.0001, ctx.currentTime + i * 0.22);
    gain.gain.exponentialRampToValueAtTime(0.2, ctx.currentTime + i * 0.22 + 0.02);
    gain.gain.exponentialRampToValueAtTime(0.0001, ctx.currentTime + i * 0.22 + 0.2);
    osc.connect(gain).connect(ctx.destination);
    osc.start(ctx.currentTime + i * 0.22);
    osc.stop(ctx.currentTime + i * 0.22 + 0.21);
  });
  setTimeout(() => void ctx.close(), 800);
}
