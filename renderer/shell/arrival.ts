// Arriving at a screen: its code and first reads start the moment the address changes (or a
// sidebar link is clicked), before React renders the screen that will ask for them. The app
// registers how (App.tsx, from its table of routes); anything that navigates may call it.

let arrive: (to: string) => void = () => undefined;

/** Set once by the app: starts the code and reads of the screen at an address. */
export function setArrival(handler: (to: string) => void): void {
  arrive = handler;
}

/** Starts loading the screen at `to` ("/revenue?asOf=2026-11-01"). Harmless when repeated. */
export function arriveAt(to: string): void {
  arrive(to);
}

/** The app's address inside its hash ("#/revenue?x=1" → "/revenue?x=1"). */
export function currentAddress(): string {
  return window.location.hash.replace(/^#/, '') || '/';
}
