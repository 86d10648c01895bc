import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import 'dayjs/locale/zh-cn';
import { App } from './App';
import './app.css';
import { focusableScrollRegions } from './components/scroll-regions';

const root = document.getElementById('root')!;
focusableScrollRegions(root);
createRoot(root).render(<StrictMode><App /></StrictMode>);
