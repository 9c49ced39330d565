// The shape of assets/map/europe-1936.map.json, the projected map of 1936 the map scene
// loads (built by `npm run build:map`, scripts/map/). Types only: the game needs no geo code.

export interface MapPoint {
  x: number;
  y: number;
}

export interface MapState {
  /** An id of scenarios/law/countries.json where the legal engine knows the state, else one of assets/map/src/states.json. */
  id: string;
  /** English short name: "Germany", "USSR", "Free City of Danzig". */
  name: string;
  /** Null when the capital lies outside the frame (Jerusalem, Amman, Tehran). */
  capital: ({ name: string } & MapPoint) | null;
  /** A point inside the state's largest polygon, for its label. */
  label: MapPoint;
  /** Polygons -> rings (the first outer, then holes) -> flat [x0, y0, x1, y1, ...], open, rounded to 0.1, y downwards. */
  polygons: number[][][];
}

export interface MapPlace extends MapPoint {
  id: string;
  name: string;
}

export interface MapFile {
  format: 'hollow-pact-map';
  version: 1;
  /** The projected frame in map units (about pixels at zoom 1). */
  width: number;
  height: number;
  projection: string;
  /** Largest first, so that a renderer ignoring holes paints enclaves over their surroundings. */
  states: MapState[];
  /** Points for drawing routes (moscow, kiev, warsaw, lwow, cernauti, uzhhorod, rhine-front, ...). */
  places: MapPlace[];
}
