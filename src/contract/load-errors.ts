// What a host is told when it cannot run the module, word for word, so its team can search for it.

/** Why loading `./app` fails in a host whose share scope holds no React (the remote ships none). */
export const NO_HOST_REACT =
  '[active_sessions] cannot start: the host shares no React. Share react, react/jsx-runtime, react-dom and react-dom/client (18.3 or 19) as singletons.';
