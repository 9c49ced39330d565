/**
 * What the game's extra screens (game files, links, the replay viewer, sound)
 * ask of the app: its regions, its map, the game open now, and a way to play
 * a game. The app implements it; the extras live in their own files.
 */
import type { BranchedFrom, Game, GameFile, Scenario } from '../engine';
import type { MapPort } from './app';
import type { SeatState } from './delegations';

export interface GameHost {
  readonly scenarios: readonly Scenario[];
  readonly screen: HTMLElement;
  readonly panel: HTMLElement;
  readonly hud: HTMLElement;
  /** The map scene, once Phaser has started. */
  mapPort(): MapPort | null;
  /** The game being played, as a game file (null before its first month is played). */
  currentFile(): GameFile | null;
  /** The branch point of the game being played, if it is a branch. */
  currentBranch(): BranchedFrom | undefined;
  /** Play `game` as a normal game, saved after every month (with `branchedFrom` for a branch). */
  play(game: Game, scenario: Scenario, seed: string, status: string, branchedFrom?: BranchedFrom): void;
  /**
   * Play `game` (created with several `roles`) as a game of delegations on one
   * screen, saved after every month; the hand-over screen comes first, for the
   * delegation seated (`resume.seated`, or the first).
   */
  playDelegations(game: Game, scenario: Scenario, seed: string, status: string, resume?: SeatState): Promise<void>;
  showTitle(): void;
  /** Draw the game being played again (leaving the replay viewer opened from its HUD). */
  resume(): void;
}
