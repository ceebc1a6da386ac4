import React from 'react';
import ReactDOMClient from 'react-dom/client';
import singleSpaReact from 'single-spa-react';

const lifecycles = singleSpaReact({
  React,
  ReactDOMClient,
  rootComponent: () => <p>Active Sessions</p>,
  errorBoundary: () => <p>Error</p>,
});

export const { bootstrap, mount, unmount, update } = lifecycles;
